import { fromEnv } from '@aws-sdk/credential-provider-env';
import { serviceConfig } from '../config/service-config.ts';
import { WEBHOOK_DELIVERY } from '../contract/webhooks.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoWebhookLog } from '../storage/dynamodb-webhook-log.ts';
import { readWebhookRuntime } from '../webhooks/runtime.ts';
import { safePost, systemResolver } from '../webhooks/safe-fetch.ts';
import { cachedSecrets } from '../webhooks/secrets.ts';
import { makeSecretsManagerClient, SecretsManagerWebhookSecrets } from '../webhooks/secrets-manager.ts';
import { SqsDeliveryQueue } from '../webhooks/sqs-queue.ts';
import { makeWebhookDeliveryHandler } from './webhook-delivery-app.ts';

const runtime = readWebhookRuntime();
const { STAFF_TABLE_NAME: staffTable, WEBHOOK_SECRET_PREFIX: secretPrefix } = runtime;
if (!staffTable || !secretPrefix)
  throw new Error('STAFF_TABLE_NAME and WEBHOOK_SECRET_PREFIX are not set: the deployment gives them');
const now = () => new Date();
const queue = new SqsDeliveryQueue({
  queueUrl: runtime.WEBHOOK_QUEUE_URL,
  region: runtime.AWS_REGION,
  credentials: fromEnv(),
});

/**
 * Lambda entry point for the delivery queue. Outbound calls go through the safe client with the
 * system's resolver, https only: there is no setting here that allows plain http or this machine.
 */
export const handler = makeWebhookDeliveryHandler({
  webhooks: serviceConfig.webhooks,
  secrets: cachedSecrets(
    new SecretsManagerWebhookSecrets(makeSecretsManagerClient(runtime.AWS_REGION), secretPrefix),
    WEBHOOK_DELIVERY.secretCacheSeconds,
    now,
  ),
  post: (url, body, headers) =>
    safePost(url, body, headers, {
      resolve: systemResolver,
      timeoutMs: WEBHOOK_DELIVERY.timeoutSeconds * 1000,
    }),
  log: new DynamoWebhookLog(makeDocumentClient({ AWS_REGION: runtime.AWS_REGION }), staffTable, now),
  now,
  retryLater: (handle, seconds) => queue.retryLater(handle, seconds),
});
