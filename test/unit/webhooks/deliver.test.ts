import { describe, expect, it } from 'vitest';
import type { WebhookSettings } from '../../../functions/webhooks/config-schema.ts';
import { deliver } from '../../../functions/webhooks/deliver.ts';
import type { WebhookEvent } from '../../../functions/webhooks/events.ts';
import { cachedSecrets, newSecret, secretsOf } from '../../../functions/webhooks/secrets.ts';

const event: WebhookEvent = {
  id: 'msg_1',
  type: 'submission.received',
  timestamp: '2026-12-07T09:00:00.000Z',
  data: { form: 'nuisance', team: 'community-safety', reference: 'NR-2345-6789', urgent: [] },
};

const deps = (webhooks: WebhookSettings) => {
  const posted: string[] = [];
  return {
    posted,
    deps: {
      webhooks,
      secrets: { secretsFor: async () => [newSecret()] },
      post: async (url: string) => {
        posted.push(url);
        return { kind: 'answered' as const, status: 204 };
      },
      log: {
        record: async () => {},
        recent: async () => [],
        offSince: async () => undefined,
        switchOff: async () => {},
        switchOn: async () => {},
      },
      now: () => new Date('2026-12-07T09:00:00Z'),
    },
  };
};

describe('delivering one queued event', () => {
  it('sends nothing to an endpoint removed since, or moved to another team', async () => {
    const gone = deps({ endpoints: {} });
    expect(await deliver({ endpoint: 'asb', event }, 1, gone.deps)).toBe('endpoint gone');
    const moved = deps({
      endpoints: { asb: { team: 'quality', url: 'https://x.example.org/', events: ['submission.received'] } },
    });
    expect(await deliver({ endpoint: 'asb', event }, 1, moved.deps)).toBe('endpoint gone');
    expect([...gone.posted, ...moved.posted]).toEqual([]);
  });
});

describe('endpoint secrets', () => {
  it('reads current and previous from the stored value, each with the whsec_ prefix', () => {
    const raw = 'A'.repeat(43);
    expect(secretsOf(JSON.stringify({ current: raw, previous: `whsec_${'B'.repeat(44)}` }))).toEqual([
      `whsec_${raw}`,
      `whsec_${'B'.repeat(44)}`,
    ]);
    expect(() => secretsOf(JSON.stringify({ current: 'short' }))).toThrow();
  });

  it('keeps what Secrets Manager gave for a few minutes, then reads it again (a rotation takes hold)', async () => {
    let clock = 0;
    let reads = 0;
    const cache = cachedSecrets(
      { secretsFor: async () => [`whsec_${String(++reads)}`] },
      300,
      () => new Date(clock),
    );
    expect(await cache.secretsFor('asb')).toEqual(['whsec_1']);
    clock = 299_000;
    expect(await cache.secretsFor('asb')).toEqual(['whsec_1']);
    clock = 301_000;
    expect(await cache.secretsFor('asb')).toEqual(['whsec_2']);
  });
});
