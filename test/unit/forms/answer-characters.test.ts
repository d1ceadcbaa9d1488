import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const referral = findForm('referral');
const nuisance = findForm('nuisance');
if (!referral || !nuisance) throw new Error('forms missing');

const referralWith = (changes: Record<string, string | string[]>) =>
  validateAnswers(referral, { ...VALID_ANSWERS.referral, ...changes }, ANSWER_DAY);

const errorFor = (result: ReturnType<typeof validateAnswers>, field: string) =>
  result.ok ? undefined : result.errors.find((e) => e.field === field)?.message;

describe('one-line answers (a name, an email address, a reference)', () => {
  it('refuse a line break, which could fake another question in the team’s email', () => {
    const result = referralWith({ name: 'Sam\nStill at risk: yes' });
    expect(errorFor(result, 'name')).toBe('The name we should use must be on one line');
  });

  it.each([
    ['a right-to-left override', 'Sam\u202Eevil'],
    ['a left-to-right isolate', 'Sam\u2066x\u2069'],
    ['a zero-width space', 'Sa\u200Bm'],
    ['a byte order mark', 'Sa\uFEFFm'],
    ['a control character', 'Sam\u0007'],
    ['an invisible tag character', 'Sam\u{E0041}'],
  ])('refuse %s with a message the person can act on', (_what, name) => {
    expect(errorFor(referralWith({ name }), 'name')).toMatch(
      /^The name we should use must not include hidden formatting/,
    );
  });

  it('keep joiners that Persian and Indic writing need, and accents and Welsh letters', () => {
    for (const name of ['می\u200Cخواهم', 'क्\u200Dष', 'Siân Ŵyn', 'Zoë O’Brien', '👩\u200D👩\u200D👧'])
      expect(referralWith({ name })).toMatchObject({ ok: true });
  });

  it('take a tab as a space', () => {
    const result = referralWith({ name: 'Sam\tJones' });
    expect(result.ok && result.answers.name).toBe('Sam Jones');
  });
});

describe('multi-line answers', () => {
  it('keep line breaks and lose hidden characters, which nobody could see to fix', () => {
    const result = referralWith({ whatHappened: 'First line\r\nSecond\u202E line\u200B\u0000 here' });
    expect(result.ok && result.answers.whatHappened).toBe('First line\nSecond line here');
  });

  it('keep joiners and emoji', () => {
    const text = 'می\u200Cخواهم 👩\u200D👩\u200D👧';
    const result = referralWith({ whatHappened: text });
    expect(result.ok && result.answers.whatHappened).toBe(text);
  });
});

describe('a lone surrogate (half a character)', () => {
  it.each([
    ['a one-line', 'name', 'Sam\uD800'],
    ['a multi-line', 'whatHappened', 'It happened \uDC00 there'],
  ])('is refused in %s answer, not stored as something else', (_kind, field, value) => {
    expect(errorFor(referralWith({ [field]: value }), field)).toMatch(
      /includes a character that cannot be read/,
    );
  });

  it('is told apart from a whole character made of two halves', () => {
    expect(referralWith({ name: 'Sam 😀' })).toMatchObject({ ok: true });
  });
});

describe('an address over several lines', () => {
  it('is still accepted with its line breaks', () => {
    const result = validateAnswers(nuisance, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
    expect(result.ok && result.answers.address).toBe('2 Station Road\nNorthfield');
  });
});
