import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { retryAfter } from '../contract/webhooks.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import { type DeliverDeps, type DeliveryMessage, deliver } from '../webhooks/deliver.ts';

export interface WebhookDeliveryDeps extends DeliverDeps {
  /** Makes a failed message come back after `seconds` (SQS ChangeMessageVisibility; the twin's queue). */
  retryLater(receiptHandle: string, seconds: number): Promise<void>;
}

/**
 * The queue-fed delivery function. A message that is to be tried again is given its next wait
 * (WEBHOOK_DELIVERY.retryAfterSeconds, by how many times the queue has handed it over) and reported
 * failed, so the queue keeps it; after the last attempt the queue parks it in the failure queue.
 */
export const makeWebhookDeliveryHandler = (deps: WebhookDeliveryDeps) => {
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (record: SQSRecord): Promise<void> => {
    const message = JSON.parse(record.body) as DeliveryMessage;
    const attempt = Number(record.attributes.ApproximateReceiveCount) || 1;
    const result = await deliver(message, attempt, deps);
    logger.info('webhook delivery', {
      endpoint: message.endpoint,
      eventId: message.event.id,
      attempt,
      result,
    });
    if (result !== 'retry') return;
    const wait = retryAfter(attempt);
    if (wait !== undefined) await deps.retryLater(record.receiptHandle, wait);
    throw new Error(`Webhook ${message.event.id} to ${message.endpoint} not delivered (attempt ${attempt})`);
  };
  // Every message of a batch failing is an answer like any other: each already has its next wait.
  const handler = withLogContext((event: SQSEvent) =>
    processPartialResponse(event, handleRecord, processor, { throwOnFullBatchFailure: false }),
  );
  return (event: SQSEvent, context: Context = localContext('webhook-delivery')) => handler(event, context);
};
