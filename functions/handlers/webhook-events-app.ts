import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import type { WebhookSettings } from '../webhooks/config-schema.ts';
import { type DeliveryQueue, messagesFor } from '../webhooks/fan-out.ts';

export interface WebhookEventsDeps {
  webhooks: WebhookSettings;
  queue: DeliveryQueue;
  now: () => Date;
}

/**
 * The stream-fed events function: each change to a submission that means an event is queued once
 * for each endpoint that takes it. A record that cannot be queued fails alone and the stream tries
 * it again (the same stream record gives the same event id, so a receiver sees one event).
 */
export const makeWebhookEventsHandler = (deps: WebhookEventsDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    const messages = messagesFor(record, deps.webhooks, deps.now);
    if (messages.length === 0) return;
    try {
      await deps.queue.send(messages);
      logger.info('webhook events queued', { type: messages[0]?.event.type, endpoints: messages.length });
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      logger.warn('webhook events not queued', { errorName: name });
      throw new Error(`Could not queue webhook events (${name})`);
    }
  };
  const handler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, handleRecord, processor),
  );
  return (event: DynamoDBStreamEvent, context: Context = localContext('webhook-events')) =>
    handler(event, context);
};
