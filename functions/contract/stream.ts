/** Part of the service contract (service-contract.ts): the stream to the notifier. */

import { TABLE_SHAPE } from './tables.ts';

/** The event source mapping's filter: only inserted submissions reach the notifier. */
export const NOTIFY_FILTER = {
  eventName: 'INSERT',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.submission,
} as const;

/** A stream record as both Lambda's event and the SDK's stream client describe it. */
interface StreamRecordLike {
  eventName?: string | undefined;
  dynamodb?: { NewImage?: Record<string, { S?: string | undefined } | undefined> | undefined } | undefined;
}

/** True when a stream record passes NOTIFY_FILTER (the twin's poller and the handler apply it). */
export const passesNotifyFilter = (record: StreamRecordLike): boolean =>
  record.eventName === NOTIFY_FILTER.eventName &&
  record.dynamodb?.NewImage?.[NOTIFY_FILTER.attribute]?.S === NOTIFY_FILTER.value;

/**
 * How stream records reach the notifier, shared by the CDK event source mapping and the local
 * twin's stream poller so both retry the same way. Stream records live 24 hours; a record still
 * failing after these retries is parked (SQS on AWS) and shows in `ops pending`. Ten retries
 * ride out a short SES outage; the six-hour age bounds how long one record can hold up its shard;
 * bisecting a failing batch retries the failing half apart from the rest.
 */
export interface DeliveryPolicy {
  batchSize: number;
  retryAttempts: number;
  maxRecordAgeSeconds: number;
  bisectBatchOnError: boolean;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

export const NOTIFY_DELIVERY = {
  batchSize: 10,
  retryAttempts: 10,
  maxRecordAgeSeconds: 6 * 60 * 60,
  bisectBatchOnError: true,
  /** Where a new mapping starts reading: the oldest record the stream still holds. */
  startingPosition: 'TRIM_HORIZON',
} as const;
