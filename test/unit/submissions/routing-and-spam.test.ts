import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import { keyedHash } from '../../../functions/security/keyed-hash.ts';
import { idempotencyKeyFor } from '../../../functions/submissions/idempotency.ts';
import { teamFor } from '../../../functions/submissions/routing.ts';
import { botSignal } from '../../../functions/submissions/spam.ts';

const settings = (
  routes: { question: string; equals?: string[]; startsWith?: string[]; team: string }[],
) => ({
  team: 'default-team',
  routes,
  retentionDays: 30,
  includeAnswersInEmail: true,
});

const KEY = randomBytes(32);

describe('routing', () => {
  it('sends to the form’s team unless a rule matches', () => {
    const referral = serviceConfig.forms.referral;
    if (!referral) throw new Error('no referral settings');
    expect(teamFor(referral, { ageBand: '25-64' })).toBe('restorative-justice');
    expect(teamFor(referral, { ageBand: 'under-18' })).toBe('youth-justice');
  });

  it('matches postcode prefixes whatever the case and spacing', () => {
    const rules = settings([{ question: 'area', startsWith: ['M1 '], team: 'central' }]);
    expect(teamFor(rules, { area: 'm1 2ab' })).toBe('central');
    expect(teamFor(rules, { area: 'M12 3CD' })).toBe('central');
    expect(teamFor(rules, { area: 'SK4 1AA' })).toBe('default-team');
  });

  it('matches one of several ticked boxes', () => {
    const rules = settings([{ question: 'behaviours', equals: ['hate'], team: 'hate-crime' }]);
    expect(teamFor(rules, { behaviours: ['noise', 'hate'] })).toBe('hate-crime');
  });
});

describe('spam checks', () => {
  it('catches a filled honeypot', () => {
    expect(botSignal({ [META_FIELDS.honeypot]: 'http://spam.example' }, 3)).toBe('honeypot');
    expect(botSignal({ [META_FIELDS.honeypot]: '' }, 3)).toBeUndefined();
    // Not a name autofill fills: the old "website" was one.
    expect(META_FIELDS.honeypot).not.toMatch(/web|url|site|company|name|mail|phone|address/i);
  });

  it('catches a form sent faster than a person could fill it, by how long it was open', () => {
    expect(botSignal({ formOpenMs: '1000' }, 3)).toBe('too-fast');
    expect(botSignal({ formOpenMs: 2_999 }, 3)).toBe('too-fast');
    expect(botSignal({ formOpenMs: '3000' }, 3)).toBeUndefined();
    expect(botSignal({ formOpenMs: 60_000 }, 3)).toBeUndefined();
  });

  it('lets through a page without JavaScript, which cannot measure, and nonsense it cannot trust', () => {
    expect(botSignal({ formOpenMs: '' }, 3)).toBeUndefined();
    expect(botSignal({}, 3)).toBeUndefined();
    expect(botSignal({ formOpenMs: 'soon' }, 3)).toBeUndefined();
    expect(botSignal({ formOpenMs: '-5' }, 3)).toBeUndefined();
  });
});

describe('idempotency keys', () => {
  it('come from the token when there is one, whatever the answers', () => {
    const a = idempotencyKeyFor({ submissionToken: 't-1' }, { name: 'A' }, '', KEY);
    const b = idempotencyKeyFor({ submissionToken: 't-1' }, { name: 'B' }, '', KEY);
    expect(a).toEqual(b);
    expect(a.windowSeconds).toBe(86_400);
  });

  it('come from the answers for a short window when there is no token', () => {
    const a = idempotencyKeyFor({}, { name: 'A', hopes: ['x'] }, '', KEY);
    expect(idempotencyKeyFor({}, { hopes: ['x'], name: 'A' }, '', KEY)).toEqual(a);
    expect(idempotencyKeyFor({}, { name: 'B', hopes: ['x'] }, '', KEY).hash).not.toBe(a.hash);
    expect(a.windowSeconds).toBe(600);
  });

  it('never contain the token or the answers themselves', () => {
    expect(JSON.stringify(idempotencyKeyFor({ submissionToken: 'secret-token' }, {}, '', KEY))).not.toContain(
      'secret-token',
    );
    expect(JSON.stringify(idempotencyKeyFor({}, { name: 'Sam Smith' }, '', KEY))).not.toContain('Sam');
  });
});

describe('the duplicate guard’s hashes', () => {
  it('need the key: without it nobody can test guessed addresses or answers against a stored hash', () => {
    const answers = { role: 'harmed' };
    const plain = createHash('sha256').update(
      `answers:10.0.0.1|Firefox:${JSON.stringify([['role', 'harmed']])}`,
    );
    const keyed = idempotencyKeyFor({}, answers, '10.0.0.1|Firefox', KEY).hash;
    expect(keyed).not.toBe(plain.digest('hex'));
    expect(idempotencyKeyFor({}, answers, '10.0.0.1|Firefox', randomBytes(32)).hash).not.toBe(keyed);
    expect(keyed).toBe(
      keyedHash(KEY, 'duplicate-answers', `10.0.0.1|Firefox:${JSON.stringify([['role', 'harmed']])}`),
    );
  });
});

describe('idempotency without a token', () => {
  it('never takes two browsers sending identical answers for one submission', () => {
    const answers = { role: 'harmed', overallSatisfaction: 'satisfied' };
    expect(idempotencyKeyFor({}, answers, '10.0.0.1|Firefox', KEY).hash).not.toBe(
      idempotencyKeyFor({}, answers, '10.0.0.2|Safari', KEY).hash,
    );
    expect(idempotencyKeyFor({}, answers, '10.0.0.1|Firefox', KEY)).toEqual(
      idempotencyKeyFor({}, answers, '10.0.0.1|Firefox', KEY),
    );
  });
});
