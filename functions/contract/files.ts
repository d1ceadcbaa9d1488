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

/**
 * The look again at a claimed file still waiting for its scan (infra: Evidence's ScanChecks queue;
 * the twin: local/scan-check-queue.ts). Each claim still waiting is sent here and comes back after
 * scanAlarmMinutes; a file still unscanned then alarms (EVIDENCE_LOG_MESSAGES.scanOverdue).
 */
export const SCAN_CHECK = {
  /** The queue's delivery delay: 15 minutes, also SQS's longest (900 s). */
  delaySeconds: EVIDENCE.scanAlarmMinutes * 60,
  /** Receives before a check is given up on (to processing's failure queue, which alarms). */
  attempts: 3,
  /** How long a check handed to processing is hidden: six times its two-minute timeout, as AWS advises. */
  visibilityTimeoutSeconds: 12 * 60,
} as const;

/**
 * A page without script posts a file straight to storage, so when storage refuses it (over the
 * presigned POST's size range or empty: 400; the POST's minutes over: 403) the browser would get
 * S3's own error page. CloudFront's upload behaviour instead sends a navigation back to Add
 * evidence with this query parameter (infra/cloudfront/upload-refused.js), and the page says why.
 */
export const UPLOAD_REFUSED = {
  param: 'upload',
  /** Storage's 400: too big for the POST's range, or empty. */
  size: 'size',
  /** Anything else storage refused (mostly the POST's 5 minutes over): try again. */
  failed: 'failed',
} as const;
