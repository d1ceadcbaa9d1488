/** What a look-again message carries: the upload id alone (random; it names no one). */
export interface ScanCheckMessage {
  uploadId: string;
}

/**
 * Where a claimed file still waiting for its malware scan is put to be looked at again
 * SCAN_CHECK.delaySeconds later (the port): SQS with a delivery delay on AWS
 * (sqs-scan-checks.ts), local/scan-check-queue.ts in the twin, on the twin's clock.
 */
export interface ScanChecks {
  later(message: ScanCheckMessage): Promise<void>;
}
