import { markedSafe, SAFE_WAYS } from '../forms/common-questions.ts';
import type { Option } from '../forms/option.ts';
import type { Answers, Question } from '../forms/types.ts';
import type { ProgressSpec, StepSpec } from './types.ts';

/** The most a note may hold: a line or two for the team, not a case file. */
export const NOTE_MAX = 500;

/** The form's field names, shared by the rules, the page and the tests. */
export const STEP_FIELDS = {
  step: 'step',
  on: 'on',
  note: 'note',
  assignee: 'assignee',
  corrects: 'corrects',
  /** A pause's review date (`review-on-day`, `-month`, `-year`). */
  reviewOn: 'review-on',
  /** The number of entries the page was drawn with: a post made from an older page is refused. */
  version: 'version',
  detail: (step: string) => `detail-${step}`,
} as const;

/** The choices a step's detail offers: for `safeWays`, only the ways the person marked safe. */
export const detailOptions = (step: StepSpec, answers: Answers): Option[] => {
  const detail = step.detail;
  if (!detail) return [];
  return detail.safeWays ? SAFE_WAYS.filter((o) => markedSafe(answers, o.value)) : detail.options;
};

/**
 * How a recorded choice reads: its option's label from every option the step has (all the ways of
 * contact, not only those this person marked safe; retired ones too), or the stored value if none matches.
 */
export const detailLabel = (step: StepSpec, value: string): string =>
  [
    ...(step.detail?.safeWays ? SAFE_WAYS : (step.detail?.options ?? [])),
    ...(step.detail?.retired ?? []),
  ].find((o) => o.value === value)?.label ?? value;

/** The step's detail as a question, revealed under its radio. */
export const detailQuestion = (step: StepSpec, answers: Answers): Question | undefined =>
  step.detail && {
    id: STEP_FIELDS.detail(step.id),
    type: 'radios',
    label: step.detail.label,
    required: true,
    options: detailOptions(step, answers),
    errorName: step.detail.errorName,
    showIf: { question: STEP_FIELDS.step, oneOf: [step.id] },
  };

/** Which step: radios over the steps offered (for a correction, every step of the form). */
export const stepQuestion = (steps: StepSpec[], label: string): Question => ({
  id: STEP_FIELDS.step,
  type: 'radios',
  label,
  required: true,
  options: steps.map((s) => ({ value: s.id, label: s.label })),
  errorName: 'the step',
});

export const dateQuestion: Question = {
  id: STEP_FIELDS.on,
  type: 'date',
  label: 'When did it happen?',
  hint: 'Today, or an earlier day on or after the day it was received. For example, 27 3 2026',
  required: true,
  errorName: 'the date',
};

/** A pause's review date, revealed under the pause's radio with its reason. */
export const reviewQuestion = (step: StepSpec): Question | undefined =>
  step.pauses
    ? {
        id: STEP_FIELDS.reviewOn,
        type: 'date',
        label: 'When will you review it?',
        hint: 'A day to look at the case again: today or later, and not before the day it was paused. For example, 27 3 2027',
        required: true,
        errorName: 'the review date',
        showIf: { question: STEP_FIELDS.step, oneOf: [step.id] },
      }
    : undefined;

export const noteQuestion: Question = {
  id: STEP_FIELDS.note,
  type: 'textarea',
  label: 'Note (optional)',
  hint: 'For the team only. It is kept and erased with the submission, and never emailed.',
  required: false,
  maxLength: NOTE_MAX,
  errorName: 'the note',
};

/** Every step of a form, in order. */
export const stepsOf = (spec: ProgressSpec): StepSpec[] => spec.steps;
