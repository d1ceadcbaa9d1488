import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import {
  notifierTakes,
  passesNotifyFilter,
  passesUpdateFilter,
  TABLE_SHAPE,
} from '../contract/service-contract.ts';
import { type NotifyDeps, notifySubmission } from '../notify/notify-submission.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';

/** Stream records for new submissions; the event source filter does the same on AWS. */
export const isNewSubmission = (record: DynamoDBRecord): boolean => passesNotifyFilter(record);

/**
 * What a failed record is reported as. An SES error message can hold a recipient's address
 * (MessageRejected names it), and when a whole batch fails Powertools throws every record's error
 * to the Lambda runtime, which logs them in full: so only the error's name goes on.
 */
const withoutPersonalData = (reference: string, error: unknown): Error => {
  const name = error instanceof Error ? error.name : typeof error;
  logger.warn('notify failed', { reference, errorName: name });
  return new Error(`Could not notify ${reference} (${name})`);
};

/**
 * The stream-fed notifier. Each record is handled on its own and failures are reported per
 * record (batchItemFailures), so only failed records are retried; a whole failing batch throws.
 */
export const makeNotifyHandler = (deps: NotifyDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    // New submissions, and additions to them (the event source's filters pass every MODIFY).
    if (!notifierTakes(record)) return;
    const reference = record.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S;
    if (!reference) return;
    // Slice 21-team: an addition is noted as owing its update email before anything is tried, and
    // the note taken off once sent, so one the stream gives up on is found by the re-send job.
    const update = passesUpdateFilter(record);
    try {
      if (update) await deps.store.noteUpdateDue(reference, deps.now(), true);
      const outcome = await notifySubmission(reference, deps);
      logger.info('notified', { reference, outcome });
      // Busy: the stream retries it at once (the holder gives its claim back as soon as it has sent).
      if (update && outcome === 'busy') throw Object.assign(new Error('busy'), { name: 'SenderBusy' });
      if (update) await deps.store.noteUpdateDue(reference, deps.now(), false);
    } catch (error) {
      throw withoutPersonalData(reference, error);
    }
  };
  const handler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, handleRecord, processor),
  );
  // Lambda always passes its context; the local twin and tests may leave it out.
  return (event: DynamoDBStreamEvent, context: Context = localContext('notify')) => handler(event, context);
};
