import type { FieldError } from '../forms/field-error.ts';
import { date, shapeProblem } from '../forms/question-types/date.ts';
import type { Question } from '../forms/types.ts';
import { dayName } from '../time/times.ts';
import { cleanNote } from './clean-note.ts';

/** What for: a short line, not a note (notes live in the timeline). */
export const FOLLOW_UP_WHAT_MAX = 100;

/** The follow-up form's field names, shared by the rules, the page and the tests. */
export const FOLLOW_UP_FIELDS = {
  on: 'on',
  what: 'what',
  /** Present (any value) on the "Clear the follow-up" button's post. */
  clear: 'clear',
} as const;

/** The date question, for the GOV.UK date input's rules and messages ("The follow-up date must be a real date"). */
export const followUpDateQuestion: Question = {
  id: FOLLOW_UP_FIELDS.on,
  type: 'date',
  label: 'When will you follow it up?',
  hint: 'Today or a later day. For example, 27 3 2027',
  required: true,
  errorName: 'the follow-up date',
};

export type FollowUpResult = { ok: true; on: string; what: string } | { ok: false; errors: FieldError[] };

/**
 * "What for" with the notes' character hygiene (no control or direction-changing characters,
 * no surrounding space), on one line: line breaks become spaces.
 */
const cleanWhat = (raw: string | undefined): string | undefined =>
  cleanNote(raw)
    ?.replace(/\s*\n\s*/g, ' ')
    .trim() || undefined;

/** The day: a real date by the GOV.UK date input's rules, then today or later (London days). */
const dayProblem = (fields: Record<string, string>, today: string): { on?: string; problem?: string } => {
  const q = followUpDateQuestion;
  const given = date.normalise(q, {
    [`${q.id}-day`]: fields[`${q.id}-day`] ?? '',
    [`${q.id}-month`]: fields[`${q.id}-month`] ?? '',
    [`${q.id}-year`]: fields[`${q.id}-year`] ?? '',
  });
  if (typeof given !== 'string') return { problem: 'Enter the follow-up date' };
  const problem = shapeProblem(q, given);
  if (problem) return { problem };
  if (given < today)
    return { problem: `The follow-up date must be today or in the future, ${dayName(today)} or later` };
  return { on: given };
};

/** The rules for setting a follow-up, as person-readable problems per field, or what to store. */
export const checkFollowUp = (fields: Record<string, string>, today: string): FollowUpResult => {
  const errors: FieldError[] = [];
  const { on, problem } = dayProblem(fields, today);
  if (problem) errors.push({ field: FOLLOW_UP_FIELDS.on, message: problem });
  const what = cleanWhat(fields[FOLLOW_UP_FIELDS.what]);
  if (!what) errors.push({ field: FOLLOW_UP_FIELDS.what, message: 'Enter what the follow-up is for' });
  else if (what.length > FOLLOW_UP_WHAT_MAX)
    errors.push({
      field: FOLLOW_UP_FIELDS.what,
      message: `What the follow-up is for must be ${FOLLOW_UP_WHAT_MAX} characters or fewer`,
    });
  return errors.length > 0 || !on || !what ? { ok: false, errors } : { ok: true, on, what };
};
