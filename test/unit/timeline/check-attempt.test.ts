import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { type AttemptContext, checkAttempt } from '../../../functions/timeline/check-attempt.ts';
import type { AttemptEntry } from '../../../functions/timeline/types.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const referral = findForm('referral') as FormDefinition;
const feedback = findForm('feedback') as FormDefinition;

/** Received at 10:00 on 2 December 2026 (GMT); now is 16:00 on 4 December. */
const ctx = (
  over: Partial<AttemptContext> = {},
  safeWays = ['phone', 'email', 'letter'],
): AttemptContext => ({
  form: referral,
  answers: { ...VALID_ANSWERS.referral, safeWays },
  timeline: [],
  steps: [],
  receivedAt: '2026-12-02T10:00:00.000Z',
  now: new Date('2026-12-04T16:00:00.000Z'),
  ...over,
});

const post = (fields: Record<string, string> = {}) => ({
  'on-day': '3',
  'on-month': '12',
  'on-year': '2026',
  time: '14:05',
  way: 'phone',
  outcome: 'no-answer',
  ...fields,
});

const problems = (fields: Record<string, string>, over: Partial<AttemptContext> = {}, ways?: string[]) => {
  const result = checkAttempt(post(fields), ctx(over, ways));
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('logging a contact attempt', () => {
  it('accepts an attempt by a safe way, its London time stored as UTC, with a cleaned note', () => {
    const result = checkAttempt(post({ note: ' Rang twice\r\n\u202Ethen hung up ' }), ctx());
    expect(result).toEqual({
      ok: true,
      entry: {
        kind: 'attempt',
        at: '2026-12-03T14:05:00.000Z',
        way: 'phone',
        outcome: 'no-answer',
        note: 'Rang twice\nthen hung up',
      },
    });
    // In summer London is an hour ahead: 2:05pm BST is 13:05 UTC.
    const summer = checkAttempt(post({ 'on-month': '7', 'on-year': '2027', time: '2:05pm' }), {
      ...ctx(),
      now: new Date('2027-07-04T00:00:00Z'),
    });
    expect(summer.ok && summer.entry.at).toBe('2027-07-03T13:05:00.000Z');
  });

  it('refuses a way the person did not mark safe', () => {
    expect(problems({ way: 'text' })).toEqual({ way: 'Choose a way of contact they marked as safe' });
    expect(problems({ way: '' })).toEqual({ way: 'Select how you tried to reach them' });
    expect(problems({}, {}, [])).toEqual({
      way: 'They marked no way of contact as safe, so do not contact them',
    });
  });

  it('refuses a message left by phone when voicemail is not among their safe ways', () => {
    expect(problems({ outcome: 'left-message' })).toEqual({
      outcome: 'They did not mark voicemail as safe, so do not leave a message by phone',
    });
    expect(problems({ outcome: 'left-message' }, {}, ['phone', 'voicemail'])).toEqual({});
    expect(problems({ way: 'voicemail', outcome: 'left-message' }, {}, ['voicemail'])).toEqual({});
  });

  it('lets a text or email message be left only where that way is safe, and never a letter', () => {
    expect(problems({ way: 'email', outcome: 'left-message' })).toEqual({});
    expect(problems({ way: 'text', outcome: 'left-message' })).toEqual({
      way: 'Choose a way of contact they marked as safe',
    });
    expect(problems({ way: 'letter', outcome: 'left-message' })).toEqual({
      outcome: 'A message cannot be left by letter: choose Letter sent',
    });
    expect(problems({ outcome: 'letter-sent' })).toEqual({ outcome: 'Choose Letter sent only for a letter' });
    expect(problems({ outcome: 'returned-undelivered' })).toEqual({
      outcome: 'Only a letter or an email can be returned undelivered',
    });
  });

  it('refuses a missing or unknown outcome', () => {
    expect(problems({ outcome: '' })).toEqual({ outcome: 'Select what happened' });
    expect(problems({ outcome: 'shouted' })).toEqual({ outcome: 'Select what happened from the list' });
  });

  it('refuses a time before the case was received, or in the future', () => {
    expect(problems({ 'on-day': '2', time: '9:59' })).toEqual({
      on: 'The date and time must be on or after it was received, 2 December 2026 at 10:00am',
    });
    // The minute it was received counts (it came at 10:00:40).
    expect(problems({ 'on-day': '2', time: '10:00' }, { receivedAt: '2026-12-02T10:00:40.000Z' })).toEqual(
      {},
    );
    expect(problems({ 'on-day': '4', time: '16:01' })).toEqual({
      time: 'The time must be now or in the past',
    });
    expect(problems({ 'on-day': '5' }).on).toMatch(/past/);
    expect(problems({ 'on-day': '2', 'on-month': '1' })).toEqual({
      on: 'The date and time must be on or after it was received, 2 December 2026 at 10:00am',
    });
  });

  it('refuses a missing or unreal date or time', () => {
    expect(problems({ 'on-day': '', 'on-month': '', 'on-year': '' })).toEqual({ on: 'Enter the date' });
    expect(problems({ 'on-day': '31', 'on-month': '2' }).on).toBeDefined();
    expect(problems({ time: '' })).toEqual({ time: 'Enter the time' });
    for (const time of ['25:00', '14', '13pm', '9:75', 'soon'])
      expect(problems({ time })).toEqual({ time: 'Enter a real time, for example 14:05 or 2:05pm' });
  });

  it('refuses a note over 500 characters (counted as people count them)', () => {
    expect(problems({ note: '😀'.repeat(500) })).toEqual({});
    expect(problems({ note: 'a'.repeat(501) })).toEqual({ note: 'The note must be 500 characters or fewer' });
  });
});

describe('first contact from a spoke attempt', () => {
  it('records the first contact step with the way as its detail and the same day', () => {
    const result = checkAttempt(post({ outcome: 'spoke', firstContact: 'yes' }), ctx());
    expect(result.ok && result.firstContact).toEqual({
      step: 'first-contact',
      on: '2026-12-03',
      detail: 'phone',
    });
  });

  it('refuses it when they did not speak, when it stands already, or for a form whose first contact is reading', () => {
    expect(problems({ outcome: 'no-answer', firstContact: 'yes' })).toEqual({
      firstContact: 'Record first contact only when you spoke to them',
    });
    const standing: StepEntry = { id: 's', step: 'first-contact', on: '2026-12-02', by: 'x', recordedAt: '' };
    expect(problems({ outcome: 'spoke', firstContact: 'yes' }, { steps: [standing] })).toEqual({
      firstContact: 'First contact cannot be recorded from this attempt',
    });
    const feedbackCtx = { form: feedback, answers: { ...VALID_ANSWERS.feedback, safeWays: ['phone'] } };
    expect(problems({ outcome: 'spoke', firstContact: 'yes' }, feedbackCtx).firstContact).toBe(
      'First contact cannot be recorded from this attempt',
    );
  });
});

describe('correcting an attempt', () => {
  const earlier: AttemptEntry = {
    kind: 'attempt',
    id: 'a1',
    at: '2026-12-03T14:05:00.000Z',
    way: 'phone',
    outcome: 'no-answer',
    by: 'x',
    recordedAt: '2026-12-03T14:06:00.000Z',
  };

  it('names the attempt it replaces, which must stand', () => {
    const result = checkAttempt(post({ corrects: 'a1', outcome: 'spoke' }), ctx({ timeline: [earlier] }));
    expect(result.ok && result.entry.corrects).toBe('a1');
    const twice = { ...earlier, id: 'a2', corrects: 'a1' };
    expect(problems({ corrects: 'a1' }, { timeline: [earlier, twice] })).toEqual({
      '': 'That attempt has already been corrected or is not on this submission',
    });
    expect(problems({ corrects: 'nope' })).toHaveProperty('');
  });
});
