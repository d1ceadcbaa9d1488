import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import {
  EVIDENCE_LOG_MESSAGES,
  isNewClaim,
  isRemovalWithFiles,
  OBJECT_PREFIXES,
} from '../contract/service-contract.ts';
import { eraseFiles } from '../files/erase-files.ts';
import { UPLOAD_ID } from '../files/object-keys.ts';
import { type ProcessDeps, type ProcessOutcome, processUpload } from '../files/process-upload.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';

/** GuardDuty Malware Protection for S3's result, as EventBridge delivers it (only what is read). */
export interface ScanResultEvent {
  source: 'aws.guardduty' | string;
  'detail-type': string;
  detail: { s3ObjectDetails?: { objectKey?: string } };
}

const uploadIdOfKey = (key: string | undefined): string | undefined => {
  const id = key?.startsWith(OBJECT_PREFIXES.staging) ? key.slice(OBJECT_PREFIXES.staging.length) : undefined;
  return id && UPLOAD_ID.test(id) ? id : undefined;
};

const logOutcome = (uploadId: string, outcome: ProcessOutcome) => {
  if (outcome === 'threat') logger.warn(EVIDENCE_LOG_MESSAGES.threat, { uploadId });
  else logger.info('evidence processed', { uploadId, outcome });
};

/**
 * File processing, on its two triggers: a submission's upload claims (the table's stream, filtered
 * to new claims) and the malware scan's verdict (EventBridge). Each runs processUpload, which does
 * the work on whichever comes second. Logs carry the upload id and outcome, never a name or answer.
 */
export const makeProcessFilesHandler = (deps: ProcessDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const run = async (uploadId: string) => {
    const outcome = await processUpload(uploadId, deps);
    logOutcome(uploadId, outcome);
    return outcome;
  };
  const onRecord = async (record: DynamoDBRecord): Promise<void> => {
    // The mapping's filter passes only these two; checked again here, as the twin's poller does.
    if (isNewClaim(record)) {
      const uploadId = record.dynamodb?.NewImage?.uploadId?.S;
      if (uploadId && UPLOAD_ID.test(uploadId)) await run(uploadId);
    } else if (isRemovalWithFiles(record)) {
      const old = record.dynamodb?.OldImage;
      const reference = old?.reference?.S ?? '';
      const ids = (old?.files?.L ?? []).flatMap((f) => f.M?.id?.S ?? []).filter((id) => UPLOAD_ID.test(id));
      // Erased (by the workspace, which has already removed them, or by ops) or expired by TTL.
      if (reference)
        logger.info('evidence erased', { removed: await eraseFiles(deps.files, reference, ids) });
    }
  };
  const streamHandler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, onRecord, processor),
  );
  return {
    /** The stream's claims and removals (batchItemFailures, so only failed ones are retried). */
    claims: (event: DynamoDBStreamEvent, context: Context = localContext('process-files')) =>
      streamHandler(event, context),
    /** One scan result; an object outside staging/ (processing's own copies) is not ours to process. */
    scanned: async (event: ScanResultEvent): Promise<ProcessOutcome | 'not an upload'> => {
      const uploadId = uploadIdOfKey(event.detail.s3ObjectDetails?.objectKey);
      return uploadId ? run(uploadId) : 'not an upload';
    },
  };
};
