import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../http/logger.ts';
import { type NotifyDeps, notifySubmission } from '../notify/notify-submission.ts';
import { TABLE_SHAPE } from '../storage/table-shape.ts';

const { attribute, value } = TABLE_SHAPE.notifyFilter;

/** Stream records for new submissions; the event source filter does the same on AWS. */
export const isNewSubmission = (record: DynamoDBRecord): boolean =>
  record.eventName === 'INSERT' && record.dynamodb?.NewImage?.[attribute]?.S === value;

/**
 * The stream-fed notifier. Each record is handled on its own and failures are reported per
 * record (batchItemFailures), so only failed records are retried; a whole failing batch throws.
 */
export const makeNotifyHandler = (deps: NotifyDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    if (!isNewSubmission(record)) return;
    const reference = record.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S;
    if (!reference) return;
    const outcome = await notifySubmission(reference, deps);
    logger.info('notified', { reference, outcome });
  };
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
    processPartialResponse(event, handleRecord, processor);
};
