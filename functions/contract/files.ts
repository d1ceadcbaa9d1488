/** Part of the service contract (service-contract.ts): the evidence bucket (issue 22). */

/**
 * One prefix per stage, so IAM and lifecycle rules name a stage by its prefix: the browser writes
 * only to staging (deleted after stagingDays if never sent), processing writes the clean copy under
 * files/ or the original under quarantine/, and erasure removes all three.
 */
export const OBJECT_PREFIXES = {
  staging: 'staging/',
  files: 'files/',
  quarantine: 'quarantine/',
} as const;

export const EVIDENCE = {
  /** The lifecycle rule deletes unsent uploads (and old versions) this many days after they were made. */
  stagingDays: 1,
  /** How long a ticket may be sent with a form: well inside the staging lifetime, so its object is still there. */
  ticketHours: 12,
  /** How long a presigned upload (POST) may be started. */
  uploadSeconds: 5 * 60,
  /** How long a member of staff's download link works. */
  downloadSeconds: 5 * 60,
  /** The tag GuardDuty Malware Protection for S3 writes on each object it scans, and its verdicts. */
  scanTag: 'GuardDutyMalwareScanStatus',
  scanClean: 'NO_THREATS_FOUND',
  scanThreat: 'THREATS_FOUND',
  /** A file still unchecked after this long alarms (operations), and the team sees "still being checked". */
  scanAlarmMinutes: 15,
  /** An 'evidence' addition's one answer: how many files it attached (never their names). */
  additionCountAnswer: 'files',
} as const;
