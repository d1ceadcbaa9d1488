import { describe, expect, it } from 'vitest';
import { REFERRAL_STEPS } from '../../../functions/forms/steps/referral-steps.ts';
import { dayOf, standingSteps, statusOf } from '../../../functions/progress/history.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';

const entry = (id: string, step: string, on: string, corrects?: string): StepEntry => ({
  id,
  step,
  on,
  by: 'sub-1',
  recordedAt: `${on}T10:00:00.000Z`,
  ...(corrects ? { corrects } : {}),
});

describe('a submission’s step history', () => {
  it('is "received" with no steps, as every record from before steps existed is', () => {
    expect(statusOf(REFERRAL_STEPS)).toBe('received');
    expect(statusOf(REFERRAL_STEPS, [])).toBe('received');
  });

  it('reaches the furthest standing step, even when an earlier one is corrected later', () => {
    const steps = [
      entry('a', 'first-contact', '2026-11-02'),
      entry('b', 'assessed', '2026-11-04'),
      entry('c', 'first-contact', '2026-11-03', 'a'),
    ];
    expect(statusOf(REFERRAL_STEPS, steps)).toBe('assessed');
    expect(standingSteps(steps).map((e) => e.id)).toEqual(['b', 'c']);
    expect(dayOf(steps, 'first-contact')).toBe('2026-11-03');
  });

  it('takes a correction that names another step in place of the step it corrects', () => {
    const steps = [entry('a', 'assessed', '2026-11-02'), entry('b', 'first-contact', '2026-11-02', 'a')];
    expect(statusOf(REFERRAL_STEPS, steps)).toBe('first-contact');
  });
});
