import { WEBHOOK_DELIVERY } from '../contract/webhooks.ts';
import { logger } from '../observability/logger.ts';
import type { DeliveryAttempt, WebhookLog } from '../storage/webhook-log.ts';
import type { WebhookSettings } from './config-schema.ts';
import type { WebhookEvent } from './events.ts';
import type { SafeOutcome } from './safe-fetch.ts';
import type { WebhookSecrets } from './secrets.ts';
import { signDelivery } from './sign.ts';

/** One event for one endpoint: what the queue holds (no personal data, as the event has none). */
export interface DeliveryMessage {
  endpoint: string;
  event: WebhookEvent;
}

export interface DeliverDeps {
  webhooks: WebhookSettings;
  secrets: WebhookSecrets;
  /** The safe outbound client (safe-fetch.ts), with its resolver and timeout already given. */
  post: (url: string, body: string, headers: Record<string, string>) => Promise<SafeOutcome>;
  log: WebhookLog;
  now: () => Date;
}

/**
 * What came of it: done (delivered, or nothing more to do: the endpoint is gone, off, or another
 * team's now, or it answered 410 and was switched off), or to try again later.
 */
export type Delivered = 'delivered' | 'switched off' | 'endpoint off' | 'endpoint gone' | 'retry';

const failureOf = (outcome: SafeOutcome): Pick<DeliveryAttempt, 'outcome' | 'status' | 'reason'> => {
  if (outcome.kind === 'refused') return { outcome: 'refused', reason: outcome.reason };
  if (outcome.kind === 'failed') return { outcome: 'failed', reason: outcome.reason };
  const reason =
    outcome.status >= 300 && outcome.status < 400
      ? 'redirected (not followed)'
      : `answered ${outcome.status}`;
  return { outcome: 'failed', status: outcome.status, reason };
};

/**
 * Delivers one event to one endpoint, signed with the endpoint's secrets, and records the attempt
 * for the workspace's deliveries page. A 2xx delivers it; 410 Gone switches the endpoint off (an
 * alarm tells operations, and nothing more is sent to it until they turn it on); anything else
 * (another status, a redirect, a timeout, a refusal) is tried again on the queue's schedule.
 */
export const deliver = async (
  message: DeliveryMessage,
  attempt: number,
  deps: DeliverDeps,
): Promise<Delivered> => {
  const { endpoint: id, event } = message;
  const endpoint = deps.webhooks.endpoints[id];
  // Removed from the configuration, or moved to another team, since the event was queued.
  if (!endpoint || endpoint.team !== event.data.team) return 'endpoint gone';
  const at = deps.now();
  const base = {
    endpoint: id,
    eventId: event.id,
    type: event.type,
    reference: event.data.reference,
    attempt,
    at: at.toISOString(),
  };
  if (await deps.log.offSince(id)) {
    await deps.log.record({ ...base, outcome: 'not sent: endpoint off' });
    return 'endpoint off';
  }
  const signed = signDelivery(event, await deps.secrets.secretsFor(id), at);
  const outcome = await deps.post(endpoint.url, signed.body, signed.headers);
  if (outcome.kind === 'answered' && outcome.status >= 200 && outcome.status < 300) {
    await deps.log.record({ ...base, outcome: 'delivered', status: outcome.status });
    return 'delivered';
  }
  if (outcome.kind === 'answered' && outcome.status === 410) {
    await deps.log.switchOff(id, { at: base.at, reason: 'answered 410 Gone' });
    await deps.log.record({ ...base, outcome: 'switched off', status: 410 });
    logger.error(WEBHOOK_DELIVERY.switchedOffMessage, { endpoint: id });
    return 'switched off';
  }
  await deps.log.record({ ...base, ...failureOf(outcome) });
  return 'retry';
};
