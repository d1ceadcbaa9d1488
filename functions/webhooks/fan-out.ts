import type { DynamoDBRecord } from 'aws-lambda';
import { endpointsFor, type WebhookSettings } from './config-schema.ts';
import type { DeliveryMessage } from './deliver.ts';
import { eventOf } from './events.ts';

/** Where the events function puts each event for each endpoint: SQS on AWS, the twin's own queue locally. */
export interface DeliveryQueue {
  send(messages: readonly DeliveryMessage[]): Promise<void>;
}

/** The messages a stream record means: its event (if any), once for each endpoint that takes it. */
export const messagesFor = (
  record: DynamoDBRecord,
  webhooks: WebhookSettings,
  now: () => Date,
): DeliveryMessage[] => {
  const event = eventOf(record, now);
  if (!event) return [];
  return endpointsFor(webhooks, event.data.team, event.type).map((e) => ({ endpoint: e.id, event }));
};
