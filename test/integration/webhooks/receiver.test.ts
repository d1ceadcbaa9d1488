import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '../../../functions/webhooks/events.ts';
import { newSecret } from '../../../functions/webhooks/secrets.ts';
import { signDelivery } from '../../../functions/webhooks/sign.ts';
import { type Receiver, startWebhookReceiver } from '../../../local/webhook-receiver.ts';

const event: WebhookEvent = {
  id: 'msg_receiver_test',
  type: 'submission.received',
  timestamp: new Date().toISOString(),
  data: { form: 'nuisance', team: 'community-safety', reference: 'NR-2345-6789', urgent: [] },
};

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.stop();
});

/** The receiver of `npm run webhook-receiver`, on a free port, counting what it takes and refuses. */
const start = async (secrets: string[]) => {
  const taken: WebhookEvent[] = [];
  const refused: string[] = [];
  const duplicates: string[] = [];
  receiver = await startWebhookReceiver({
    port: 0,
    secrets,
    onEvent: (e) => void taken.push(e),
    onRefused: (r) => void refused.push(r),
    onDuplicate: (id) => void duplicates.push(id),
  });
  const url = receiver.url;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers });
  return { taken, refused, duplicates, post };
};

describe('the local webhook receiver', () => {
  it('takes a signed event once, however often it comes', async () => {
    const secret = newSecret();
    const r = await start([secret]);
    const signed = signDelivery(event, [secret], new Date());
    expect((await r.post(signed.body, signed.headers)).status).toBe(204);
    expect((await r.post(signed.body, signed.headers)).status).toBe(204);
    expect(r.taken).toEqual([event]);
    expect(r.duplicates).toEqual([event.id]);
  });

  it('refuses a forged delivery and a replay of an old one', async () => {
    const secret = newSecret();
    const r = await start([secret]);
    const forged = signDelivery(event, [newSecret()], new Date());
    expect((await r.post(forged.body, forged.headers)).status).toBe(400);
    const altered = signDelivery(event, [secret], new Date());
    expect((await r.post(altered.body.replace('NR-2345-6789', 'NR-9999-9999'), altered.headers)).status).toBe(
      400,
    );
    const stale = signDelivery(event, [secret], new Date(Date.now() - 10 * 60_000));
    expect((await r.post(stale.body, stale.headers)).status).toBe(400);
    expect(r.taken).toEqual([]);
    expect(r.refused).toEqual([
      'No matching signature found',
      'No matching signature found',
      'Message timestamp too old',
    ]);
  });

  it('verifies with the library as any receiver would (the header carries each signature)', () => {
    const [a, b] = [newSecret(), newSecret()];
    const signed = signDelivery(event, [a, b], new Date());
    expect(signed.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(b).verify(signed.body, signed.headers)).toEqual(event);
  });
});
