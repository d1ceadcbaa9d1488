import { describe, expect, it } from 'vitest';
import {
  newReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from '../../../functions/submissions/reference.ts';

describe('references', () => {
  it('have the form prefix and two groups of four', () => {
    expect(newReference('RJ')).toMatch(/^RJ-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(REFERENCE_PATTERN.test(newReference('FB'))).toBe(true);
  });

  it('never use characters that look alike', () => {
    for (const c of '01OILUV') expect(REFERENCE_ALPHABET).not.toContain(c);
    const many = Array.from({ length: 2000 }, () => newReference('NR').slice(3)).join('');
    expect(many).not.toMatch(/[01OILUV]/);
  });

  it('use the whole alphabet and rarely repeat', () => {
    const refs = Array.from({ length: 20_000 }, () => newReference('RJ'));
    expect(new Set(refs).size).toBe(refs.length);
    expect(new Set(refs.join('').replace(/RJ|-/g, ''))).toEqual(new Set(REFERENCE_ALPHABET));
  });
});
