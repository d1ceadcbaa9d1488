import { describe, expect, it } from 'vitest';
import { NUISANCE_STEPS } from '../../../functions/forms/steps/nuisance-steps.ts';
import { REFERRAL_STEPS } from '../../../functions/forms/steps/referral-steps.ts';
import { checkStep, type StepContext } from '../../../functions/progress/record-step.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';

const entry = (id: string, step: string, on = '2026-11-03', extra: Partial<StepEntry> = {}): StepEntry => ({
  id,
  step,
  on,
  by: 'sub-1',
  recordedAt: `${on}T10:00:00.000Z`,
  ...extra,
});

const ctx = (over: Partial<StepContext> = {}): StepContext => ({
  spec: REFERRAL_STEPS,
  answers: { safeWays: ['phone', 'email'] },
  entries: [],
  receivedDay: '2026-11-02',
  today: '2026-11-10',
  members: ['sub-1', 'sub-2'],
  ...over,
});

const post = (fields: Record<string, string>) => ({
  'on-day': '4',
  'on-month': '11',
  'on-year': '2026',
  ...fields,
});

const problems = (fields: Record<string, string>, over: Partial<StepContext> = {}) => {
  const result = checkStep(post(fields), ctx(over));
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('recording a step', () => {
  it('accepts first contact by a way the person marked safe, with a note and an assignee', () => {
    const result = checkStep(
      post({
        step: 'first-contact',
        'detail-first-contact': 'phone',
        note: ' Called.\r\nWill ring back. ',
        assignee: 'sub-2',
      }),
      ctx(),
    );
    expect(result).toEqual({
      ok: true,
      entry: { step: 'first-contact', on: '2026-11-04', detail: 'phone', note: 'Called.\nWill ring back.' },
      assignee: 'sub-2',
    });
  });

  it('refuses a step that does not belong to the form', () => {
    expect(problems({ step: 'action-taken' })).toMatchObject({ step: 'Choose a step from the list' });
    expect(problems({})).toMatchObject({ step: 'Select the step' });
  });

  it('refuses a step out of order: a later step needs the one before it', () => {
    expect(problems({ step: 'assessed', 'detail-assessed': 'suitable' })).toEqual({
      step: 'Record first contact made first',
    });
    expect(
      problems({ step: 'both-agreed' }, { entries: [entry('a', 'first-contact'), entry('b', 'assessed')] }),
    ).toEqual({ step: 'Record other party approached first' });
  });

  it('lets a case close at any point after it is received', () => {
    expect(checkStep(post({ step: 'closed', 'detail-closed': 'withdrew' }), ctx()).ok).toBe(true);
  });

  it('lets an optional step be skipped (nuisance: first contact without an acknowledgement)', () => {
    const nuisance = { spec: NUISANCE_STEPS };
    expect(
      checkStep(post({ step: 'first-contact', 'detail-first-contact': 'email' }), ctx(nuisance)).ok,
    ).toBe(true);
    expect(
      problems({ step: 'acknowledged' }, { ...nuisance, entries: [entry('a', 'first-contact')] }),
    ).toEqual({
      step: 'Acknowledged comes before first contact made, which is already recorded',
    });
  });

  it('refuses the same step twice (a double submit), but lets a repeatable one be recorded again', () => {
    expect(
      problems(
        { step: 'first-contact', 'detail-first-contact': 'phone' },
        { entries: [entry('a', 'first-contact')] },
      ),
    ).toEqual({
      step: 'First contact made is already recorded. To change it, correct that entry.',
    });
    const acted = {
      spec: NUISANCE_STEPS,
      entries: [entry('a', 'first-contact'), entry('b', 'action-taken', '2026-11-03', { detail: 'visit' })],
    };
    expect(checkStep(post({ step: 'action-taken', 'detail-action-taken': 'warning' }), ctx(acted)).ok).toBe(
      true,
    );
  });

  it('refuses any step after the case is closed', () => {
    expect(
      problems(
        { step: 'first-contact', 'detail-first-contact': 'phone' },
        { entries: [entry('a', 'closed', '2026-11-03', { detail: 'withdrew' })] },
      ),
    ).toEqual({
      step: 'This case is closed. To reopen it, correct the closure.',
    });
  });

  it('refuses a date in the future, before the day received, missing, partial or not real', () => {
    const step = { step: 'closed', 'detail-closed': 'withdrew' };
    expect(problems({ ...step, 'on-day': '11' })).toEqual({ on: 'The date must be today or in the past' });
    expect(problems({ ...step, 'on-day': '1' })).toEqual({
      on: 'The date must be on or after the day it was received, 2 November 2026',
    });
    expect(problems({ ...step, 'on-day': '', 'on-month': '', 'on-year': '' })).toEqual({
      on: 'Enter the date',
    });
    expect(problems({ ...step, 'on-year': '' })).toEqual({ on: 'The date must include a year' });
    expect(problems({ ...step, 'on-day': '31' })).toEqual({ on: 'The date must be a real date' });
  });

  it('accepts today and the day received', () => {
    expect(checkStep(post({ step: 'closed', 'detail-closed': 'withdrew', 'on-day': '10' }), ctx()).ok).toBe(
      true,
    );
    expect(checkStep(post({ step: 'closed', 'detail-closed': 'withdrew', 'on-day': '2' }), ctx()).ok).toBe(
      true,
    );
  });

  it('needs the detail, one of its options; a closure reason from another form is refused', () => {
    expect(problems({ step: 'closed' })).toEqual({ 'detail-closed': 'Select why it was closed' });
    expect(problems({ step: 'closed', 'detail-closed': 'resolved' })).toEqual({
      'detail-closed': 'Select why it was closed from the list',
    });
  });

  it('offers only the ways of contact the person marked safe', () => {
    expect(problems({ step: 'first-contact', 'detail-first-contact': 'letter' })).toEqual({
      'detail-first-contact': 'Choose a way of contact they marked as safe',
    });
    expect(problems({ step: 'first-contact', 'detail-first-contact': 'phone' }, { answers: {} })).toEqual({
      'detail-first-contact': 'They marked no way of contact as safe, so contact cannot be recorded',
    });
  });

  it('keeps the note short and free of control characters', () => {
    const long = 'é'.repeat(501);
    expect(problems({ step: 'closed', 'detail-closed': 'withdrew', note: long })).toEqual({
      note: 'The note must be 500 characters or fewer',
    });
    const ok = checkStep(
      post({ step: 'closed', 'detail-closed': 'withdrew', note: 'a\u0000b\u202Ec\td' }),
      ctx(),
    );
    expect(ok.ok && ok.entry.note).toBe('abc\td');
    const blank = checkStep(post({ step: 'closed', 'detail-closed': 'withdrew', note: '  \r\n ' }), ctx());
    expect(blank.ok && 'note' in blank.entry).toBe(false);
  });

  it('refuses an assignee from another team', () => {
    expect(problems({ step: 'closed', 'detail-closed': 'withdrew', assignee: 'sub-other' })).toEqual({
      assignee: 'Choose someone in the submission’s team',
    });
  });

  it('lists every problem at once, in the form’s order', () => {
    const result = checkStep({ step: 'closed', note: 'x'.repeat(600), assignee: 'nobody' }, ctx());
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'on',
      'detail-closed',
      'note',
      'assignee',
    ]);
  });
});

describe('correcting a step', () => {
  const contacted = [entry('a', 'first-contact', '2026-11-03', { detail: 'phone' })];

  it('replaces the entry it names, with the same rules for the result', () => {
    const result = checkStep(
      post({ corrects: 'a', step: 'first-contact', 'detail-first-contact': 'email' }),
      ctx({ entries: contacted }),
    );
    expect(result).toMatchObject({
      ok: true,
      entry: { step: 'first-contact', detail: 'email', corrects: 'a' },
    });
    expect(
      problems(
        { corrects: 'a', step: 'first-contact', 'detail-first-contact': 'letter' },
        { entries: contacted },
      ),
    ).toEqual({
      'detail-first-contact': 'Choose a way of contact they marked as safe',
    });
  });

  it('may correct a closure on a closed case (to reopen it, or change its reason)', () => {
    const closed = [...contacted, entry('b', 'closed', '2026-11-04', { detail: 'withdrew' })];
    expect(
      checkStep(post({ corrects: 'b', step: 'closed', 'detail-closed': 'risk' }), ctx({ entries: closed }))
        .ok,
    ).toBe(true);
    expect(
      checkStep(
        post({ corrects: 'b', step: 'assessed', 'detail-assessed': 'suitable' }),
        ctx({ entries: closed }),
      ).ok,
    ).toBe(true);
  });

  it('refuses a correction that leaves a later step without the one it needs', () => {
    const assessed = [...contacted, entry('b', 'assessed', '2026-11-04', { detail: 'suitable' })];
    expect(
      problems({ corrects: 'a', step: 'closed', 'detail-closed': 'withdrew' }, { entries: assessed }),
    ).toEqual({
      step: 'Assessed needs first contact made: correct assessed first',
    });
  });

  it('refuses a correction of an entry already corrected or not on the record', () => {
    const twice = [
      ...contacted,
      entry('b', 'first-contact', '2026-11-03', { detail: 'email', corrects: 'a' }),
    ];
    expect(
      problems({ corrects: 'a', step: 'first-contact', 'detail-first-contact': 'phone' }, { entries: twice }),
    ).toMatchObject({
      step: 'That entry has already been corrected or is not on this submission',
    });
  });
});
