import { fromEnv } from '@aws-sdk/credential-provider-env';
import { serviceConfig } from '../config/service-config.ts';
import { readWebhookRuntime } from '../webhooks/runtime.ts';
import { SqsDeliveryQueue } from '../webhooks/sqs-queue.ts';
import { makeWebhookEventsHandler } from './webhook-events-app.ts';

const runtime = readWebhookRuntime();

/** Lambda entry point for the table's stream (changes to submissions): events onto the delivery queue. */
export const handler = makeWebhookEventsHandler({
  webhooks: serviceConfig.webhooks,
  queue: new SqsDeliveryQueue({
    queueUrl: runtime.WEBHOOK_QUEUE_URL,
    region: runtime.AWS_REGION,
    credentials: fromEnv(),
  }),
  now: () => new Date(),
});
