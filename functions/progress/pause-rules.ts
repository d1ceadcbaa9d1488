import { date, shapeProblem } from '../forms/question-types/date.ts';
import { dayName } from '../time/times.ts';
import { openPause, readInDayOrder } from './pauses.ts';
import { reviewQuestion, STEP_FIELDS } from './step-questions.ts';
import type { ProgressSpec, StepEntry, StepSpec } from './types.ts';

/**
 * The date rules of pausing, beside the field rules (record-step.ts): a pause carries a review date
 * (required, today or later, not before the pause's own day); a resume is not dated before the
 * pause it ends, and a new pause not before the resume before it, so the stretches paused (whose
 * working days the targets leave out) never run backwards.
 */

/** The review date posted as `review-on-day`, `-month`, `-year`: the day, or what is wrong with it. */
export const reviewOnOf = (
  fields: Record<string, string>,
  step: StepSpec,
  today: string,
  on: string | undefined,
): { reviewOn?: string; problem?: string } => {
  const question = reviewQuestion(step);
  if (!question) return {};
  const part = (p: string) => fields[`${STEP_FIELDS.reviewOn}-${p}`] ?? '';
  const raw = {
    [`${STEP_FIELDS.reviewOn}-day`]: part('day'),
    [`${STEP_FIELDS.reviewOn}-month`]: part('month'),
    [`${STEP_FIELDS.reviewOn}-year`]: part('year'),
  };
  const given = date.normalise(question, raw);
  if (typeof given !== 'string') return { problem: 'Enter the review date' };
  const problem = shapeProblem(question, given);
  if (problem) return { problem };
  if (given < today) return { problem: 'The review date must be today or in the future' };
  if (on && given < on)
    return { problem: `The review date must be on or after the day it was paused, ${dayName(on)}` };
  return { reviewOn: given };
};

/** Why a pause or resume cannot be dated `on`, given the other standing entries; else undefined. */
export const holdDayProblem = (
  spec: ProgressSpec,
  others: readonly StepEntry[],
  step: StepSpec,
  on: string,
): string | undefined => {
  const read = readInDayOrder(spec, others);
  if (step.resumes) {
    const pause = openPause(spec, read);
    if (pause && on < pause.on)
      return `The date must be on or after the day it was paused, ${dayName(pause.on)}`;
  }
  if (step.pauses) {
    const ids = new Set(spec.steps.filter((s) => s.resumes).map((s) => s.id));
    const resumed = read.filter((e) => ids.has(e.step)).at(-1);
    if (resumed && on < resumed.on)
      return `The date must be on or after the day it was last resumed, ${dayName(resumed.on)}`;
  }
  return undefined;
};
