import type { DeliveryPolicy } from './stream.ts';

/** Part of the service contract (service-contract.ts): how webhook events are delivered (issue 24). */

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Delivery of each event to each endpoint, from a queue, shared by the CDK stack (the queue's
 * redrive policy) and the local twin's queue so both retry the same way. After a failed attempt
 * the message comes back after the next wait in `retryAfterSeconds` (Standard Webhooks' own
 * schedule, stretched with twelve-hour waits to cover more than three days: a receiver down over a
 * long weekend still gets it); after the last attempt it is parked in the failure queue, which
 * alarms, where operations re-drive it (docs/operations.md).
 */
export const WEBHOOK_DELIVERY = {
  retryAfterSeconds: [
    5,
    5 * MINUTE,
    30 * MINUTE,
    2 * HOUR,
    5 * HOUR,
    10 * HOUR,
    12 * HOUR,
    12 * HOUR,
    12 * HOUR,
    12 * HOUR,
    12 * HOUR,
  ],
  /** The call to a receiver, from resolving its name to the status line. */
  timeoutSeconds: 10,
  /** How long a message waits before the first try is retried should the function itself fail. */
  visibilityTimeoutSeconds: 2 * MINUTE,
  /** SQS's longest: the queue and its failure queue keep a message this long. */
  retentionDays: 14,
  /** The stream to the queue: a failing batch is retried, then parked for the re-drive. */
  streamRetryAttempts: 10,
  streamMaxRecordAgeSeconds: 24 * HOUR,
  /** How long the workspace's page of deliveries keeps each attempt. */
  logDays: 30,
  /** The receivers' signature secrets are read again after this long (so a rotation takes hold). */
  secretCacheSeconds: 5 * MINUTE,
  /** The log line that means an endpoint answered 410 and was switched off (an alarm counts it). */
  switchedOffMessage: 'webhook endpoint switched off',
} as const;

/** How the stream reaches the events function (and the twin's poller): retried, then parked for re-drive. */
export const WEBHOOK_STREAM_DELIVERY = {
  batchSize: 10,
  retryAttempts: WEBHOOK_DELIVERY.streamRetryAttempts,
  maxRecordAgeSeconds: WEBHOOK_DELIVERY.streamMaxRecordAgeSeconds,
  bisectBatchOnError: true,
  startingPosition: 'TRIM_HORIZON',
} as const satisfies DeliveryPolicy;

/** Attempts in all: the first, then one after each wait (the queue's maxReceiveCount). */
export const WEBHOOK_ATTEMPTS = WEBHOOK_DELIVERY.retryAfterSeconds.length + 1;

/** The wait after failed attempt `attempt` (1 is the first), or undefined after the last: park it. */
export const retryAfter = (attempt: number): number | undefined =>
  WEBHOOK_DELIVERY.retryAfterSeconds[attempt - 1];

/** Which stream records the events function takes: any change to a submission (events.ts decides). */
export const WEBHOOK_STREAM_KIND = 'submission';

/**
 * The case API (issue 24 item 4): its address, and the OAuth scope that gives a client one team's
 * cases. On AWS the scopes belong to a Cognito resource server; the twin's provider issues the same.
 */
export const CASE_API = {
  /** Everything under it is the case API's (the twin's router; API Gateway's routes on AWS). */
  prefix: '/api/v1/',
  path: '/api/v1/submissions/{reference}',
  openApiPath: '/api/v1/openapi.json',
  resourceServer: 'case-api',
  /** The resource indicator the twin's provider issues the API's tokens for (RFC 8707). */
  localResource: 'urn:restorative-referrals:case-api',
  scopeFor: (team: string) => `case-api/team.${team}`,
  /** The team a scope names, if it is one of the API's. */
  teamOfScope: (scope: string): string | undefined => /^case-api\/team\.([a-z0-9-]+)$/.exec(scope)?.[1],
} as const;

type Image = Record<string, { S?: string | undefined } | undefined> | undefined;

/**
 * The events function's stream filter (the CDK mapping's filter and the twin's poller): any record
 * whose new or old image is a submission. Which of them mean an event is events.ts's to say.
 */
export const passesWebhookFilter = (record: {
  dynamodb?: { NewImage?: Image; OldImage?: Image } | undefined;
}): boolean =>
  record.dynamodb?.NewImage?.kind?.S === WEBHOOK_STREAM_KIND ||
  record.dynamodb?.OldImage?.kind?.S === WEBHOOK_STREAM_KIND;
