import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  passesWebhookFilter,
  WEBHOOK_DELIVERY,
  WEBHOOK_STREAM_DELIVERY,
} from '../functions/contract/webhooks.ts';
import { makeWebhookDeliveryHandler } from '../functions/handlers/webhook-delivery-app.ts';
import { makeWebhookEventsHandler } from '../functions/handlers/webhook-events-app.ts';
import { DynamoWebhookLog } from '../functions/storage/dynamodb-webhook-log.ts';
import type { WebhookSettings } from '../functions/webhooks/config-schema.ts';
import { type Resolver, safePost, systemResolver } from '../functions/webhooks/safe-fetch.ts';
import { LOCAL_REGION } from './local-credentials.ts';
import { StreamPoller } from './stream-poller.ts';
import { StreamPositions } from './stream-positions.ts';
import { LocalWebhookQueue } from './webhook-queue.ts';
import { LocalWebhookSecrets, localSecretsFile } from './webhook-secrets.ts';

export interface WebhookFeedOptions {
  webhooks: WebhookSettings;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  endpoint: string;
  tableName: string;
  staffTableName: string;
  dataDir?: string;
  now: () => Date;
  log: (line: string) => void;
  /**
   * The twin's one explicit setting for plain http:// to this machine, so `npm run
   * webhook-receiver` can be reached; the deployed function has no such setting.
   */
  allowLocalHttp: boolean;
  /** Names resolved (the system's resolver unless a test gives a stand-in). */
  resolve?: Resolver;
  /** How often the queue is looked at (once a second unless a test says otherwise). */
  intervalMs?: number;
}

export interface WebhookFeed {
  queue: LocalWebhookQueue;
  secrets: LocalWebhookSecrets;
  log: DynamoWebhookLog;
  /** Hands the queue's due messages to the delivery function now (tests; the interval does it too). */
  deliverDue(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The webhooks as deployed, on this machine: the table's stream to the events function (its own
 * place in the stream), the queue (LocalWebhookQueue, SQS's rules), and the delivery function
 * calling receivers through the safe client.
 */
export const webhookFeed = (options: WebhookFeedOptions): WebhookFeed => {
  const queue = new LocalWebhookQueue({
    now: options.now,
    onParked: (m) =>
      options.log(`webhooks: gave up on ${m.event.type} ${m.event.data.reference} for ${m.endpoint}: parked`),
  });
  const secrets = new LocalWebhookSecrets(options.dataDir ? localSecretsFile(options.dataDir) : undefined);
  const log = new DynamoWebhookLog(options.documents, options.staffTableName, options.now);
  const delivery = makeWebhookDeliveryHandler({
    webhooks: options.webhooks,
    secrets,
    log,
    now: options.now,
    post: (url, body, headers) =>
      safePost(url, body, headers, {
        resolve: options.resolve ?? systemResolver,
        timeoutMs: WEBHOOK_DELIVERY.timeoutSeconds * 1000,
        allowLocalHttp: options.allowLocalHttp,
      }),
    retryLater: (handle, seconds) => queue.retryLater(handle, seconds),
  });
  const poller = new StreamPoller({
    dynamo: options.dynamo,
    endpoint: options.endpoint,
    region: LOCAL_REGION,
    tableName: options.tableName,
    handler: makeWebhookEventsHandler({ webhooks: options.webhooks, queue, now: options.now }),
    policy: WEBHOOK_STREAM_DELIVERY,
    filter: passesWebhookFilter,
    onParked: () => options.log('webhooks: gave up on a stream record: see docs/operations.md'),
    ...(options.dataDir
      ? {
          positions: new StreamPositions(
            join(options.dataDir, `stream-positions-${options.tableName}-webhooks.json`),
          ),
        }
      : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let running = false;
  const deliverDue = () => {
    const run = current.then(() => queue.deliverDue(delivery));
    current = run.catch((error: Error) => options.log(`webhooks: ${error.name}`));
    return run;
  };
  const tick = () => {
    if (!running) return;
    void deliverDue().finally(() => {
      if (running) timer = setTimeout(tick, options.intervalMs ?? 1_000).unref();
    });
  };
  return {
    queue,
    secrets,
    log,
    deliverDue,
    start() {
      poller.start();
      running = true;
      tick();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
      await poller.stop();
    },
  };
};
