import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { findToken, findTokensOf } from '../../../functions/search/tokens.ts';

const KEY = Buffer.alloc(32, 7);
const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

describe('search tokens', () => {
  it('are the same for the same value in the same team, and differ by team, kind and key', () => {
    const token = findToken(KEY, 'restorative-justice', 'phone', '07700900123');
    expect(findToken(KEY, 'restorative-justice', 'phone', '07700900123')).toBe(token);
    expect(findToken(KEY, 'youth-justice', 'phone', '07700900123')).not.toBe(token);
    expect(findToken(KEY, 'restorative-justice', 'name', '07700900123')).not.toBe(token);
    expect(findToken(Buffer.alloc(32, 8), 'restorative-justice', 'phone', '07700900123')).not.toBe(token);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cover each findable answer the form declares, normalised, and never hold the answer in clear', () => {
    const answers = {
      name: ' Sam  SMITH ',
      phone: '+44 7700 900123',
      email: 'Sam@Example.com',
      area: 'm1 2ab',
      whatHappened: 'not findable',
    };
    const tokens = findTokensOf(referral, 'restorative-justice', answers, KEY);
    expect(new Set(tokens)).toEqual(
      new Set([
        findToken(KEY, 'restorative-justice', 'name', 'sam smith'),
        findToken(KEY, 'restorative-justice', 'phone', '07700900123'),
        findToken(KEY, 'restorative-justice', 'email', 'sam@example.com'),
        findToken(KEY, 'restorative-justice', 'postcode', 'M12AB'),
      ]),
    );
    expect(tokens.join(' ')).not.toMatch(/sam|7700|M12AB/i);
  });

  it('leave out an area with no postcode in it, and a form with nothing findable has none', () => {
    const tokens = findTokensOf(referral, 'restorative-justice', { name: 'Sam', area: 'Salford' }, KEY);
    expect(tokens).toEqual([findToken(KEY, 'restorative-justice', 'name', 'sam')]);
    expect(findTokensOf({}, 'restorative-justice', { name: 'Sam' }, KEY)).toEqual([]);
  });
});
