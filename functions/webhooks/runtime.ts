// zod/mini, as functions/config/runtime.ts, for the two webhook functions' environment.
import * as z from 'zod/mini';
import { readEnvironment } from '../config/environment.ts';

const text = () => z.string().check(z.minLength(1));

const webhookRuntimeSchema = z.object({
  AWS_REGION: z._default(text(), 'eu-west-2'),
  /** The delivery queue (infra/constructs/webhooks.ts). */
  WEBHOOK_QUEUE_URL: z.url(),
  /** The delivery function only: the staff table, where deliveries and switched-off endpoints are kept. */
  STAFF_TABLE_NAME: z.optional(text()),
  /** The delivery function only: each endpoint's secret is named this followed by its id. */
  WEBHOOK_SECRET_PREFIX: z.optional(text()),
});

export type WebhookRuntime = z.infer<typeof webhookRuntimeSchema>;

export const readWebhookRuntime = (env: NodeJS.ProcessEnv = process.env): WebhookRuntime =>
  readEnvironment(webhookRuntimeSchema, env);
