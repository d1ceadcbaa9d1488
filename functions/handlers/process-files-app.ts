import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import {
  EVIDENCE_LOG_MESSAGES,
  isNewClaim,
  isRemovalWithFiles,
  OBJECT_PREFIXES,
} from '../contract/service-contract.ts';
import { eraseFiles } from '../files/erase-files.ts';
import { UPLOAD_ID } from '../files/object-keys.ts';
import { type ProcessDeps, type ProcessOutcome, processUpload } from '../files/process-upload.ts';
import type { ScanCheckMessage, ScanChecks } from '../files/scan-checks.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';

/** GuardDuty Malware Protection for S3's result, as EventBridge delivers it (only what is read). */
export interface ScanResultEvent {
  source: 'aws.guardduty' | string;
  'detail-type': string;
  detail: { s3ObjectDetails?: { objectKey?: string; versionId?: string } };
}

export interface ProcessFilesDeps extends ProcessDeps {
  /** Where a claim still waiting for its scan is put, to be looked at again (SCAN_CHECK). */
  scanChecks: ScanChecks;
}

const uploadIdOfKey = (key: string | undefined): string | undefined => {
  const id = key?.startsWith(OBJECT_PREFIXES.staging) ? key.slice(OBJECT_PREFIXES.staging.length) : undefined;
  return id && UPLOAD_ID.test(id) ? id : undefined;
};

/** The outcomes operations are told of have a message of their own (a metric filter counts it). */
const logOutcome = (uploadId: string, outcome: ProcessOutcome) => {
  if (outcome === 'threat') logger.warn(EVIDENCE_LOG_MESSAGES.threat, { uploadId });
  else if (outcome === 'unscanned') logger.warn(EVIDENCE_LOG_MESSAGES.unscanned, { uploadId });
  else logger.info('evidence processed', { uploadId, outcome });
};

/**
 * File processing, on its two triggers and one look again: a submission's upload claims (the table's stream, filtered
 * to new claims) and the malware scan's verdict (EventBridge). Each runs processUpload, which does
 * the work on whichever comes second. A claim that finds its scan not back yet is put to be looked
 * at again (scanChecks); that look, SCAN_CHECK.delaySeconds later, finishes the file if the scan's
 * verdict is there by then (its event lost) and alarms if it is still not. Logs carry the upload id
 * and outcome, never a name or answer.
 */
export const makeProcessFilesHandler = (deps: ProcessFilesDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const checks = new BatchProcessor(EventType.SQS);
  const run = async (uploadId: string, version?: string) => {
    const outcome = await processUpload(uploadId, deps, version);
    logOutcome(uploadId, outcome);
    return outcome;
  };
  const onRecord = async (record: DynamoDBRecord): Promise<void> => {
    // The mapping's filter passes only these two; checked again here, as the twin's poller does.
    if (isNewClaim(record)) {
      const uploadId = record.dynamodb?.NewImage?.uploadId?.S;
      if (uploadId && UPLOAD_ID.test(uploadId) && (await run(uploadId)) === 'waiting')
        await deps.scanChecks.later({ uploadId });
    } else if (isRemovalWithFiles(record)) {
      const old = record.dynamodb?.OldImage;
      const reference = old?.reference?.S ?? '';
      const ids = (old?.files?.L ?? []).flatMap((f) => f.M?.id?.S ?? []).filter((id) => UPLOAD_ID.test(id));
      // Erased (by the workspace, which has already removed them, or by ops) or expired by TTL.
      if (reference)
        logger.info('evidence erased', { removed: await eraseFiles(deps.files, reference, ids) });
    }
  };
  const onCheck = async (record: SQSRecord): Promise<void> => {
    const { uploadId } = JSON.parse(record.body) as Partial<ScanCheckMessage>;
    if (!uploadId || !UPLOAD_ID.test(uploadId)) return;
    if ((await run(uploadId)) === 'waiting') logger.warn(EVIDENCE_LOG_MESSAGES.scanOverdue, { uploadId });
  };
  const streamHandler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, onRecord, processor),
  );
  const checkHandler = withLogContext((event: SQSEvent) => processPartialResponse(event, onCheck, checks));
  return {
    /** The stream's claims and removals (batchItemFailures, so only failed ones are retried). */
    claims: (event: DynamoDBStreamEvent, context: Context = localContext('process-files')) =>
      streamHandler(event, context),
    /**
     * One scan result, judged for the version it names; an object outside staging/ (processing's
     * own copies) is not ours to process.
     */
    scanned: async (event: ScanResultEvent): Promise<ProcessOutcome | 'not an upload'> => {
      const object = event.detail.s3ObjectDetails;
      const uploadId = uploadIdOfKey(object?.objectKey);
      return uploadId ? run(uploadId, object?.versionId) : 'not an upload';
    },
    /** The looks again at claims that were waiting for their scan (the scan-check queue). */
    checks: (event: SQSEvent, context: Context = localContext('process-files')) =>
      checkHandler(event, context),
  };
};
