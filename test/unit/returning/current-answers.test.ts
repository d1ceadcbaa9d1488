import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { chosenSafeWays } from '../../../functions/forms/safe-ways.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { answersBefore, currentAnswers } from '../../../functions/returning/current-answers.ts';
import { safeContactLines } from '../../../functions/staff/safe-contact.ts';
import { addition, REFERRAL_CONTACT_QUESTIONS, recordOf, withReturning } from '../../support/additions.ts';

const referral = findForm('referral') as FormDefinition;
const withSpec = withReturning(referral, REFERRAL_CONTACT_QUESTIONS);

const byLetter = addition('contact', '2026-11-10T09:00:00Z', {
  safeWays: ['letter'],
  postalAddress: '1 New Street\nNorthfield',
});
const byPhone = addition('contact', '2026-11-12T09:00:00Z', { safeWays: ['phone'], phone: '01632 960 777' });
const update = addition('update', '2026-11-11T09:00:00Z', { update: 'They moved house.' });

describe('currentAnswers (returning/current-answers.ts)', () => {
  it('is the answers as sent while nothing has changed', () => {
    const record = recordOf('referral', 'RJ-AAAA-AAAA');
    expect(currentAnswers(withSpec, record)).toBe(record.answers);
    expect(currentAnswers(withSpec, { ...record, additions: [update] })).toEqual(record.answers);
  });

  it('makes the latest contact change current and the details it drops no longer current', () => {
    const record = { ...recordOf('referral', 'RJ-AAAA-AAAA'), additions: [byLetter, update] };
    const now = currentAnswers(withSpec, record);
    expect(chosenSafeWays(withSpec, now)).toEqual(['letter']);
    expect(now.postalAddress).toBe('1 New Street\nNorthfield');
    // The email and phone they first gave are gone from what is current, with the confirmation wish.
    expect(now.email).toBeUndefined();
    expect(now.phone).toBeUndefined();
    expect(now.wantsConfirmation).toBeUndefined();
    // Everything else stands as sent.
    expect(now.whatHappened).toBe(record.answers.whatHappened);
    expect(safeContactLines(withSpec, now)[0]).toBe('Contact only by: letter.');
  });

  it('applies changes in order: the last one made is the one that stands', () => {
    const record = { ...recordOf('referral', 'RJ-AAAA-AAAA'), additions: [byLetter, byPhone] };
    const now = currentAnswers(withSpec, record);
    expect(now.safeWays).toEqual(['phone']);
    expect(now.phone).toBe('01632 960 777');
    expect(now.postalAddress).toBeUndefined();
    expect(answersBefore(withSpec, record, byPhone.id).safeWays).toEqual(['letter']);
    expect(answersBefore(withSpec, record, byLetter.id)).toEqual(record.answers);
  });

  it('without a returning spec, replaces what the change answered, and the old details no longer apply', () => {
    const record = { ...recordOf('referral', 'RJ-AAAA-AAAA'), additions: [byLetter] };
    const now = currentAnswers(referral, record);
    expect(now.safeWays).toEqual(['letter']);
    expect(safeContactLines(referral, now)[0]).toBe('Contact only by: letter.');
    // The email is left in the answers but no longer applies (email is not a safe way now).
    expect(referral.contact?.confirmationEmail(now)).toBeUndefined();
    expect(referral.contact?.confirmationEmail(record.answers)).toBe('sam@example.com');
  });
});
