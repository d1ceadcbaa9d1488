import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import { countRemoved, type TallyDeps } from '../tally/count-removed.ts';

/**
 * The stream-fed tally counter: each removed submission becomes counts in its month's anonymous
 * tally. Failures are reported per record (batchItemFailures) so only those are retried; the log
 * names no reference (the tally exists because the record is gone) and no error message.
 */
export const makeTallyHandler = (deps: TallyDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    try {
      const outcome = await countRemoved(record, deps);
      logger.info('removal tallied', { outcome });
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      logger.warn('tally failed', { errorName: name });
      throw new Error(`Could not tally a removal (${name})`);
    }
  };
  const handler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, handleRecord, processor),
  );
  // Lambda always passes its context; the local twin and tests may leave it out.
  return (event: DynamoDBStreamEvent, context: Context = localContext('tally')) => handler(event, context);
};
