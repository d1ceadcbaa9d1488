import { Webhook } from 'standardwebhooks';
import type { WebhookEvent } from './events.ts';

/** What is posted: the JSON body and Standard Webhooks' three headers. */
export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

/**
 * Signs an event to the Standard Webhooks specification with each of the endpoint's secrets (two
 * while one is being rotated: the header then carries both signatures, space-separated, and a
 * receiver holding either verifies it). The timestamp is the attempt's, so a retry is signed anew.
 */
export const signDelivery = (event: WebhookEvent, secrets: readonly string[], at: Date): SignedDelivery => {
  if (secrets.length === 0) throw new Error('an endpoint has no signing secret');
  const body = JSON.stringify(event);
  const signatures = secrets.map((secret) => new Webhook(secret).sign(event.id, at, body));
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': event.id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signatures.join(' '),
      'user-agent': 'restorative-referrals-webhooks/1',
    },
  };
};
