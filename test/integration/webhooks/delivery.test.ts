import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WEBHOOK_ATTEMPTS, WEBHOOK_DELIVERY } from '../../../functions/contract/webhooks.ts';
import { makeWebhookDeliveryHandler } from '../../../functions/handlers/webhook-delivery-app.ts';
import { makeWebhookEventsHandler } from '../../../functions/handlers/webhook-events-app.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { DynamoWebhookLog } from '../../../functions/storage/dynamodb-webhook-log.ts';
import { ensureStaffTable } from '../../../functions/storage/ensure-tables.ts';
import type { WebhookSettings } from '../../../functions/webhooks/config-schema.ts';
import { safePost } from '../../../functions/webhooks/safe-fetch.ts';
import { newSecret } from '../../../functions/webhooks/secrets.ts';
import { LocalWebhookQueue } from '../../../local/webhook-queue.ts';
import { type LocalServer, startLocalServer } from '../../support/local-receiver.ts';
import { freshTable } from '../../support/stand-ins.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  logger.setLogLevel('SILENT');
  table = await freshTable();
});

const servers: LocalServer[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const s of servers.splice(0)) await s.stop();
});

/** A new submission's stream record, as DynamoDB Streams hands it over. */
const inserted = (reference: string): DynamoDBRecord => ({
  eventID: randomUUID(),
  eventName: 'INSERT',
  dynamodb: {
    NewImage: marshall({
      pk: reference,
      kind: 'submission',
      reference,
      formId: 'nuisance',
      team: 'community-safety',
      urgent: [],
      answers: { name: 'Sam' },
    }) as never,
  },
});

/**
 * The whole delivery path on this machine: the events function, the twin's queue on a clock the
 * test moves, the delivery function, the safe client (local http allowed, every name this machine)
 * and the log in a fresh staff table on DynamoDB Local.
 */
const deliveryPath = async (secrets: string[], answer?: LocalServer['answer']) => {
  const receiver = await startLocalServer(answer);
  servers.push(receiver);
  let clock = Date.parse('2026-12-07T09:00:00Z');
  const now = () => new Date(clock);
  const staffTableName = `test-staff-${randomUUID()}`;
  await ensureStaffTable(table.client, staffTableName);
  const log = new DynamoWebhookLog(table.documents, staffTableName, now);
  const webhooks: WebhookSettings = {
    endpoints: {
      'asb-ecins': {
        team: 'community-safety',
        url: `http://receiver.test:${receiver.port}/hooks`,
        events: ['submission.received', 'submission.updated', 'submission.erased'],
      },
    },
  };
  const queue = new LocalWebhookQueue({ now });
  const events = makeWebhookEventsHandler({ webhooks, queue, now });
  const delivery = makeWebhookDeliveryHandler({
    webhooks,
    secrets: { secretsFor: async () => secrets },
    post: (url, body, headers) =>
      safePost(url, body, headers, {
        resolve: async () => [{ address: '127.0.0.1', family: 4 }],
        timeoutMs: 5_000,
        allowLocalHttp: true,
      }),
    log,
    now,
    retryLater: (handle, seconds) => queue.retryLater(handle, seconds),
  });
  const run = () => queue.deliverDue(delivery);
  /** Moves the clock on, running the queue at each wait of the schedule on the way. */
  const advance = async (seconds: number) => {
    const until = clock + seconds * 1000;
    while (clock < until) {
      clock = Math.min(until, clock + 5_000);
      await run();
    }
  };
  const submit = async (reference: string) => {
    await events({ Records: [inserted(reference)] });
    await run();
  };
  /** Verifies as a receiver would at the moment it was sent (the library reads the clock: set it to the test's). */
  const verify = (secret: string, received: { headers: object; body: string } | undefined) => {
    vi.setSystemTime(now());
    return new Webhook(secret).verify(received?.body ?? '', received?.headers as Record<string, string>);
  };
  return { receiver, queue, log, submit, run, advance, verify };
};

describe('webhook delivery', () => {
  it('posts the event signed to Standard Webhooks, which the library verifies; no answers in it', async () => {
    const secret = newSecret();
    const path = await deliveryPath([secret]);
    await path.submit('NR-AAAA-1111');
    expect(path.receiver.received).toHaveLength(1);
    const body = path.receiver.received[0]?.body;
    const verified = path.verify(secret, path.receiver.received[0]) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(verified.type).toBe('submission.received');
    expect(verified.data).toEqual({
      form: 'nuisance',
      team: 'community-safety',
      reference: 'NR-AAAA-1111',
      urgent: [],
    });
    expect(body).not.toContain('Sam');
    expect((await path.log.recent('asb-ecins', 10)).map((a) => a.outcome)).toEqual(['delivered']);
  });

  it('while a secret is rotated, receivers holding either the old or the new one verify it', async () => {
    const [fresh, old] = [newSecret(), newSecret()];
    const path = await deliveryPath([fresh, old]);
    await path.submit('NR-AAAA-2222');
    for (const secret of [fresh, old]) {
      expect(() => path.verify(secret, path.receiver.received[0])).not.toThrow();
    }
    expect(() => path.verify(newSecret(), path.receiver.received[0])).toThrow(/No matching signature/);
  });

  it('a receiver down for an hour gets the event once after it comes back', async () => {
    let down = true;
    const path = await deliveryPath([newSecret()], (res) => res.writeHead(down ? 503 : 200).end());
    await path.submit('NR-AAAA-3333');
    await path.advance(60 * 60);
    const whileDown = path.receiver.received.length;
    expect(whileDown).toBeGreaterThan(1);
    down = false;
    await path.advance(3 * 60 * 60);
    expect(path.receiver.received).toHaveLength(whileDown + 1);
    expect(path.queue.waiting).toBe(0);
    const outcomes = (await path.log.recent('asb-ecins', 50)).map((a) => a.outcome);
    expect(outcomes.filter((o) => o === 'delivered')).toHaveLength(1);
  });

  it('keeps trying for more than three days, then parks it; a re-drive delivers it', async () => {
    let down = true;
    const path = await deliveryPath([newSecret()], (res) => res.writeHead(down ? 500 : 204).end());
    await path.submit('NR-AAAA-4444');
    await path.advance(3 * 24 * 60 * 60);
    expect(path.queue.parked).toEqual([]);
    await path.advance(2 * 24 * 60 * 60);
    expect(path.receiver.received).toHaveLength(WEBHOOK_ATTEMPTS);
    expect(path.queue.parked).toHaveLength(1);
    expect(WEBHOOK_DELIVERY.retryAfterSeconds.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * 24 * 60 * 60);
    down = false;
    await path.queue.redrive();
    await path.run();
    expect(path.receiver.received).toHaveLength(WEBHOOK_ATTEMPTS + 1);
    expect(path.queue.waiting).toBe(0);
  });

  it('a 410 switches the endpoint off: nothing more is sent to it', async () => {
    const path = await deliveryPath([newSecret()], (res) => res.writeHead(410).end());
    await path.submit('NR-AAAA-5555');
    expect(await path.log.offSince('asb-ecins')).toMatchObject({ reason: 'answered 410 Gone' });
    expect(path.queue.waiting).toBe(0);
    await path.advance(60);
    await path.submit('NR-AAAA-6666');
    await path.advance(60 * 60);
    expect(path.receiver.received).toHaveLength(1);
    const outcomes = (await path.log.recent('asb-ecins', 10)).map((a) => a.outcome);
    expect(outcomes).toEqual(['not sent: endpoint off', 'switched off']);
  });

  it('a redirect is a failure, not followed', async () => {
    const elsewhere = await startLocalServer();
    servers.push(elsewhere);
    const path = await deliveryPath([newSecret()], (res) =>
      res.writeHead(307, { location: elsewhere.url }).end(),
    );
    await path.submit('NR-AAAA-7777');
    expect(elsewhere.received).toEqual([]);
    expect(await path.log.recent('asb-ecins', 1)).toMatchObject([
      { outcome: 'failed', status: 307, reason: 'redirected (not followed)' },
    ]);
    expect(path.queue.waiting).toBe(1);
  });
});
