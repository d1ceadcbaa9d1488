import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { FEEDBACK_STEPS } from '../../../functions/forms/steps/feedback-steps.ts';
import { NUISANCE_STEPS } from '../../../functions/forms/steps/nuisance-steps.ts';
import { REFERRAL_STEPS } from '../../../functions/forms/steps/referral-steps.ts';
import { entryText, standingDetailLabel, statusLabel } from '../../../functions/progress/describe.ts';
import { currentPause, dayOf, statusOf } from '../../../functions/progress/history.ts';
import { checkStep, type StepContext } from '../../../functions/progress/record-step.ts';
import { orderProblem } from '../../../functions/progress/step-order.ts';
import { detailOptions } from '../../../functions/progress/step-questions.ts';
import {
  ageInWorkingDays,
  isOverdue,
  isPastTarget,
  pausedWorkingDays,
} from '../../../functions/progress/targets.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { allStatuses, waitingStatuses } from '../../../functions/progress/waiting.ts';

/**
 * November 2026 has no bank holiday and 1 November is a Sunday: the working days are 2–6, 9–13,
 * 16–20, 23–27 and 30 November. Every date below is set; nothing reads the machine's clock.
 */
const entry = (id: string, step: string, on: string, extra: Partial<StepEntry> = {}): StepEntry => ({
  id,
  step,
  on,
  by: 'sub-1',
  recordedAt: `${on}T10:00:00.000Z`,
  ...extra,
});
const pause = (id: string, on: string, reviewOn = '2026-12-14') =>
  entry(id, 'paused', on, { detail: 'live-case', reviewOn });
const referral = findForm('referral');
const nuisance = findForm('nuisance');
if (!referral || !nuisance) throw new Error('forms missing');
const ON_HOLD = { detail: 'on-hold-live-case' };

describe('the pause and resume steps', () => {
  it('are in the referral and nuisance definitions, one definition for both, and not in feedback', () => {
    const ids = (steps: typeof REFERRAL_STEPS) => steps.steps.filter((s) => s.pauses || s.resumes);
    expect(ids(REFERRAL_STEPS)).toEqual(ids(NUISANCE_STEPS));
    expect(ids(REFERRAL_STEPS).map((s) => s.id)).toEqual(['paused', 'resumed']);
    expect(ids(FEEDBACK_STEPS)).toEqual([]);
    const paused = REFERRAL_STEPS.steps.find((s) => s.pauses);
    expect(paused && detailOptions(paused, {}).map((o) => o.label)).toEqual([
      'Live investigation or court case',
      'Person unavailable',
      'Other',
    ]);
  });

  it('no longer offer "On hold while a case is live" as a closure reason, though old entries still read', () => {
    const closed = REFERRAL_STEPS.steps.find((s) => s.closes);
    expect(closed && detailOptions(closed, {}).map((o) => o.value)).not.toContain('on-hold-live-case');
    expect(entryText(referral, entry('a', 'closed', '2026-11-04', ON_HOLD))).toContain(
      'On hold while a case is live',
    );
  });

  it('make "Paused" a status the inbox can filter by, never "Resumed", and neither waits for contact', () => {
    const ids = allStatuses().map(([id]) => id);
    expect(ids).toContain('paused');
    expect(ids).not.toContain('resumed');
    expect(allStatuses().find(([id]) => id === 'paused')?.[1]).toBe('Paused');
    expect(waitingStatuses()).not.toContain('paused');
  });
});

describe('statusOf with pauses', () => {
  it('is "paused" while the latest pause stands unresumed, else the furthest step', () => {
    const contacted = [entry('a', 'first-contact', '2026-11-03', { detail: 'phone' })];
    const paused = [...contacted, pause('p', '2026-11-04')];
    expect(statusOf(REFERRAL_STEPS, paused)).toBe('paused');
    expect(statusLabel(referral, statusOf(REFERRAL_STEPS, paused))).toBe('Paused');
    const resumed = [...paused, entry('r', 'resumed', '2026-11-09')];
    expect(statusOf(REFERRAL_STEPS, resumed)).toBe('first-contact');
    const again = [...resumed, pause('p2', '2026-11-10')];
    expect(statusOf(REFERRAL_STEPS, again)).toBe('paused');
    expect(currentPause(REFERRAL_STEPS, again)?.id).toBe('p2');
  });

  it('is paused before first contact too (nuisance), and not once the case is closed', () => {
    expect(statusOf(NUISANCE_STEPS, [pause('p', '2026-11-04')])).toBe('paused');
    const closed = [pause('p', '2026-11-04'), entry('c', 'closed', '2026-11-05', { detail: 'resolved' })];
    expect(statusOf(NUISANCE_STEPS, closed)).toBe('closed');
  });

  it('is no longer paused when the pause is corrected away, and a pause corrected later keeps its place', () => {
    const corrected = [pause('p', '2026-11-04'), { ...entry('x', 'assessed', '2026-11-04'), corrects: 'p' }];
    expect(statusOf(REFERRAL_STEPS, corrected)).toBe('assessed');
    // A correction of the pause's note, recorded after the resume, does not pause the case again.
    const noted = [
      entry('a', 'first-contact', '2026-11-03', { detail: 'phone' }),
      pause('p', '2026-11-04'),
      entry('r', 'resumed', '2026-11-04'),
      { ...pause('p-fix', '2026-11-04'), corrects: 'p', note: 'court date set' },
    ];
    expect(statusOf(REFERRAL_STEPS, noted)).toBe('first-contact');
  });
});

describe('an old "On hold while a case is live" closure (before pauses existed)', () => {
  const old = [
    entry('a', 'first-contact', '2026-11-03', { detail: 'phone' }),
    entry('h', 'closed', '2026-11-05', ON_HOLD),
  ];

  it('counts as a pause for a live investigation or court case, with no review date', () => {
    expect(statusOf(REFERRAL_STEPS, old)).toBe('paused');
    expect(currentPause(REFERRAL_STEPS, old)).toMatchObject({ id: 'h', step: 'paused', detail: 'live-case' });
    expect(currentPause(REFERRAL_STEPS, old)?.reviewOn).toBeUndefined();
    expect(dayOf(old, 'closed', REFERRAL_STEPS)).toBeUndefined();
    expect(standingDetailLabel(referral, 'closed', old)).toBeUndefined();
  });

  it('reads in the history as the pause it is, naming what was recorded', () => {
    expect(entryText(referral, old[1] as StepEntry)).toBe(
      'Paused, 5 November 2026 (Live investigation or court case; recorded as closed: On hold while a case is live)',
    );
  });

  it('can be resumed (not reopened by a correction) and then work goes on', () => {
    expect(orderProblem(REFERRAL_STEPS, old, REFERRAL_STEPS.steps.find((s) => s.resumes) as never)).toBe(
      undefined,
    );
    const resumed = [...old, entry('r', 'resumed', '2026-11-09')];
    expect(statusOf(REFERRAL_STEPS, resumed)).toBe('first-contact');
    expect(
      checkStep(
        {
          step: 'assessed',
          'detail-assessed': 'suitable',
          'on-day': '10',
          'on-month': '11',
          'on-year': '2026',
        },
        ctx({ entries: resumed }),
      ).ok,
    ).toBe(true);
  });

  it('leaves every other closure reason a closure', () => {
    const withdrew = [entry('c', 'closed', '2026-11-05', { detail: 'withdrew' })];
    expect(statusOf(REFERRAL_STEPS, withdrew)).toBe('closed');
  });
});

const ctx = (over: Partial<StepContext> = {}): StepContext => ({
  spec: REFERRAL_STEPS,
  answers: { safeWays: ['phone'] },
  entries: [],
  receivedDay: '2026-11-02',
  today: '2026-11-10',
  members: ['sub-1'],
  ...over,
});
const day = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-');
  return {
    [`${name}-day`]: String(Number(d)),
    [`${name}-month`]: String(Number(m)),
    [`${name}-year`]: y ?? '',
  };
};
const problems = (fields: Record<string, string>, over: Partial<StepContext> = {}) => {
  const result = checkStep(fields, ctx(over));
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};
const pausing = (on: string, reviewOn?: string) => ({
  step: 'paused',
  'detail-paused': 'person-unavailable',
  ...day('on', on),
  ...(reviewOn ? day('review-on', reviewOn) : {}),
});
const contacted = [entry('a', 'first-contact', '2026-11-03', { detail: 'phone' })];

describe('the order rules with pauses', () => {
  it('pauses an open case with a reason and a review date', () => {
    expect(checkStep(pausing('2026-11-09', '2026-11-20'), ctx({ entries: contacted }))).toEqual({
      ok: true,
      entry: { step: 'paused', on: '2026-11-09', detail: 'person-unavailable', reviewOn: '2026-11-20' },
      assignee: undefined,
    });
  });

  it('refuses a pause with no review date, a review date in the past or before the pause, or no reason', () => {
    expect(problems(pausing('2026-11-09'))).toEqual({ 'review-on': 'Enter the review date' });
    expect(problems(pausing('2026-11-09', '2026-11-09'))).toEqual({
      'review-on': 'The review date must be today or in the future',
    });
    expect(problems(pausing('2026-11-04', '2026-11-04'), { today: '2026-11-04' })).toEqual({});
    expect(problems({ ...pausing('2026-11-09', '2026-11-20'), 'review-on-month': '13' })).toEqual({
      'review-on': 'The review date must be a real date',
    });
    expect(problems({ ...pausing('2026-11-09', '2026-11-20'), 'detail-paused': '' })).toEqual({
      'detail-paused': 'Select why it is paused',
    });
  });

  it('pauses only an open case that is not paused, and resumes only a paused one', () => {
    const paused = [...contacted, pause('p', '2026-11-04')];
    expect(problems(pausing('2026-11-09', '2026-11-20'), { entries: paused })).toEqual({
      step: 'This case is already paused. To change the pause, correct that entry.',
    });
    expect(problems({ step: 'resumed', ...day('on', '2026-11-09') }, { entries: contacted })).toEqual({
      step: 'This case is not paused, so it cannot be resumed',
    });
    expect(problems({ step: 'resumed', ...day('on', '2026-11-09') }, { entries: paused })).toEqual({});
    const closed = [entry('c', 'closed', '2026-11-04', { detail: 'withdrew' })];
    expect(problems(pausing('2026-11-09', '2026-11-20'), { entries: closed })).toEqual({
      step: 'This case is closed. To reopen it, correct the closure.',
    });
  });

  it('refuses other steps while paused ("Resume the case first") but lets the case close', () => {
    const paused = [...contacted, pause('p', '2026-11-04')];
    expect(
      problems(
        { step: 'assessed', 'detail-assessed': 'suitable', ...day('on', '2026-11-09') },
        { entries: paused },
      ),
    ).toEqual({ step: 'This case is paused. Resume the case first.' });
    expect(
      problems(
        { step: 'closed', 'detail-closed': 'withdrew', ...day('on', '2026-11-09') },
        { entries: paused },
      ),
    ).toEqual({});
  });

  it('never dates a resume before its pause, nor a new pause before the last resume', () => {
    const paused = [...contacted, pause('p', '2026-11-05')];
    expect(problems({ step: 'resumed', ...day('on', '2026-11-04') }, { entries: paused })).toEqual({
      on: 'The date must be on or after the day it was paused, 5 November 2026',
    });
    const resumed = [...paused, entry('r', 'resumed', '2026-11-06')];
    expect(problems(pausing('2026-11-05', '2026-11-20'), { entries: resumed })).toEqual({
      on: 'The date must be on or after the day it was last resumed, 6 November 2026',
    });
  });

  it('does not make a later step wait for a pause, nor a pause for an earlier step', () => {
    const resumed = [...contacted, pause('p', '2026-11-04'), entry('r', 'resumed', '2026-11-05')];
    expect(
      problems(
        { step: 'assessed', 'detail-assessed': 'suitable', ...day('on', '2026-11-09') },
        { entries: resumed },
      ),
    ).toEqual({});
    // A paused-and-resumed case may still record first contact (a step earlier in the list).
    const early = [pause('p', '2026-11-03'), entry('r', 'resumed', '2026-11-04')];
    expect(
      problems(
        { step: 'first-contact', 'detail-first-contact': 'phone', ...day('on', '2026-11-05') },
        { entries: early },
      ),
    ).toEqual({});
  });
});

describe('targets stop while paused', () => {
  const config = serviceConfig;
  const cal = config.workingDays;
  // Received Monday 2 November; the referral target is 2 working days.
  const received = '2026-11-02T10:00:00.000Z';

  it('leaves out the working days paused: paused Tue 3, resumed Mon 9 is 4 working days (4, 5, 6, 9)', () => {
    const steps = [pause('p', '2026-11-03'), entry('r', 'resumed', '2026-11-09')];
    expect(pausedWorkingDays(REFERRAL_STEPS, steps, '2026-11-02', '2026-11-10', cal)).toBe(4);
    // 2 → 10 November is 6 working days, less 4 paused.
    expect(ageInWorkingDays({ createdAt: received, steps }, '2026-11-10', cal, REFERRAL_STEPS)).toBe(2);
    expect(ageInWorkingDays({ createdAt: received, steps }, '2026-11-10', cal)).toBe(6);
  });

  it('counts a pause still standing up to today, and one paused and resumed the same day as nothing', () => {
    expect(
      pausedWorkingDays(REFERRAL_STEPS, [pause('p', '2026-11-04')], '2026-11-02', '2026-11-10', cal),
    ).toBe(4);
    const sameDay = [pause('p', '2026-11-04'), entry('r', 'resumed', '2026-11-04')];
    expect(pausedWorkingDays(REFERRAL_STEPS, sameDay, '2026-11-02', '2026-11-10', cal)).toBe(0);
  });

  it('never makes a paused case overdue, and starts the clock again from where it stopped', () => {
    const record = (steps: StepEntry[]) => ({ createdAt: received, urgent: [], steps });
    // No pause: 3 working days on Thursday 5 November, past the target of 2.
    expect(isOverdue(record([]), referral, config, '2026-11-05')).toBe(true);
    // Paused on Tuesday 3 (1 working day old): never overdue while paused, whatever the day.
    expect(isOverdue(record([pause('p', '2026-11-03')]), referral, config, '2026-11-27')).toBe(false);
    // Resumed Monday 9: 1 day before the pause, then 10 (1 → 2) and 11 (→ 3): overdue on the 11th.
    const resumed = record([pause('p', '2026-11-03'), entry('r', 'resumed', '2026-11-09')]);
    expect(isOverdue(resumed, referral, config, '2026-11-10')).toBe(false);
    expect(isOverdue(resumed, referral, config, '2026-11-11')).toBe(true);
  });

  it('reads an inbox row’s stored "paused" status as not past target', () => {
    const row = { createdAt: received, urgent: [], status: 'paused' };
    expect(isPastTarget(row, referral, config, '2026-11-27')).toBe(false);
    expect(isPastTarget({ ...row, status: 'received' }, referral, config, '2026-11-27')).toBe(true);
  });

  it('stops for an old on-hold closure as for a pause', () => {
    const old = { createdAt: received, urgent: [], steps: [entry('h', 'closed', '2026-11-03', ON_HOLD)] };
    expect(isOverdue(old, referral, config, '2026-11-27')).toBe(false);
    expect(pausedWorkingDays(REFERRAL_STEPS, old.steps, '2026-11-02', '2026-11-10', cal)).toBe(5);
  });
});

it('nuisance: the same steps, the same rules', () => {
  const ack = [entry('k', 'acknowledged', '2026-11-03')];
  expect(
    checkStep(
      { ...pausing('2026-11-04', '2026-11-20'), 'detail-paused': 'live-case' },
      ctx({ spec: NUISANCE_STEPS, entries: ack }),
    ).ok,
  ).toBe(true);
  expect(
    problems(
      { step: 'first-contact', 'detail-first-contact': 'phone', ...day('on', '2026-11-05') },
      {
        spec: NUISANCE_STEPS,
        entries: [...ack, pause('p', '2026-11-04')],
      },
    ),
  ).toEqual({ step: 'This case is paused. Resume the case first.' });
  expect(nuisance.progress.steps.map((s) => s.id)).toContain('paused');
});
