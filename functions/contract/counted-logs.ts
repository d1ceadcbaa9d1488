/** Part of the service contract (service-contract.ts): log lines that metrics count. */

/**
 * The `message` of structured log lines a CloudWatch metric filter counts (infra: OperationsAlarms
 * watchLogMessage). The functions log them and the stack counts them, so the text lives here once.
 */
export const COUNTED_LOG_MESSAGES = {
  /** The staff function refused a sign-in (with a `reason`). */
  signInRefused: 'sign-in refused',
  /**
   * A submission was kept apart as suspected of coming from a bot (with `formId`, `because`, and
   * `urgent`: true when it has an urgent marker, which alarms at once).
   */
  suspectedSubmission: 'suspected submission',
  /**
   * One line per run of the re-send job; its numbers (oldestWaitingSeconds, sesQuotaUsedPercent,
   * sesSendingPaused) are read into metrics (OperationsAlarms watchLogValue).
   */
  resendRun: 'resend run',
} as const;

/** Slice 22-evidence: file processing's outcomes that alarm (infra/constructs/evidence.ts). */
export const EVIDENCE_LOG_MESSAGES = {
  /** The malware scan found a threat: the file is quarantined, never shown (with `uploadId`). */
  threat: 'evidence threat quarantined',
  /** The scan could not finish (failed, unsupported, access denied): kept apart, operations look. */
  unscanned: 'evidence not scanned',
  /**
   * A claimed file's scan had not come back scanAlarmMinutes after its claim (with `uploadId`): the
   * team sees "still being checked"; operations look at GuardDuty (docs/operations.md).
   */
  scanOverdue: 'evidence scan overdue',
} as const;
