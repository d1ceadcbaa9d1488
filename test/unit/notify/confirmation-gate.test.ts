import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CONFIRMATION_WINDOW_SECONDS,
  confirmationAddressHash,
  confirmationWithheld,
} from '../../../functions/notify/confirmation-gate.ts';

const KEY = randomBytes(32);
const NOW = new Date('2026-11-22T10:00:00Z');

/** An in-memory stand-in for the limit's conditional put, recording each claim. */
const memoryLimit = () => {
  const claims: { hash: string; reference: string; until: number }[] = [];
  const held = new Map<string, { reference: string; until: number }>();
  return {
    claims,
    claim: async (hash: string, reference: string, now: Date, until: number) => {
      claims.push({ hash, reference, until });
      const current = held.get(hash);
      if (current && current.until >= now.getTime() / 1000 && current.reference !== reference) return false;
      held.set(hash, { reference, until });
      return true;
    },
  };
};

const deps = (suppressed: string[] = []) => ({
  hashKey: KEY,
  limit: memoryLimit(),
  suppression: { isSuppressed: async (a: string) => suppressed.includes(a) },
});

describe('whether a confirmation may go', () => {
  it('goes once per address in 24 hours; a retry of the same submission keeps its claim', async () => {
    const d = deps();
    expect(await confirmationWithheld('sam@example.com', 'RJ-AAAA-2222', NOW, d)).toBeUndefined();
    expect(await confirmationWithheld('sam@example.com', 'RJ-AAAA-2222', NOW, d)).toBeUndefined();
    expect(await confirmationWithheld(' SAM@Example.com ', 'RJ-BBBB-3333', NOW, d)).toBe('recently-sent');
    expect(d.limit.claims[0]?.until).toBe(NOW.getTime() / 1000 + CONFIRMATION_WINDOW_SECONDS);
    const later = new Date(NOW.getTime() + (CONFIRMATION_WINDOW_SECONDS + 1) * 1000);
    expect(await confirmationWithheld('sam@example.com', 'RJ-BBBB-3333', later, d)).toBeUndefined();
  });

  it('never goes to a suppressed address, which uses up no claim', async () => {
    const d = deps(['bounced@example.com']);
    expect(await confirmationWithheld('bounced@example.com', 'RJ-AAAA-2222', NOW, d)).toBe('suppressed');
    expect(d.limit.claims).toEqual([]);
  });

  it('keys the limit on a keyed hash of the normalised address, never the address', () => {
    const hash = confirmationAddressHash(KEY, ' Sam@Example.COM');
    expect(hash).toBe(confirmationAddressHash(KEY, 'sam@example.com'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('sam');
    // Another key gives another hash: without the key nobody can test addresses against it.
    expect(confirmationAddressHash(randomBytes(32), 'sam@example.com')).not.toBe(hash);
  });
});
