import type { FieldError } from '../forms/field-error.ts';
import { date, dateProblem } from '../forms/question-types/date.ts';
import type { Answers } from '../forms/types.ts';
import { dayName } from '../time/times.ts';
import { cleanNote, noteLength } from './clean-note.ts';
import { standingSteps } from './history.ts';
import { holdDayProblem, reviewOnOf } from './pause-rules.ts';
import { danglingAfter, orderProblem } from './step-order.ts';
import { dateQuestion, detailOptions, NOTE_MAX, STEP_FIELDS } from './step-questions.ts';
import type { ProgressSpec, StepEntry } from './types.ts';

/** What the rules need to know about the submission and who is recording. */
export interface StepContext {
  spec: ProgressSpec;
  answers: Answers;
  /** Every entry on the record, corrected ones included. */
  entries: readonly StepEntry[];
  /** The day (London) the submission was received. */
  receivedDay: string;
  /** Today in London. */
  today: string;
  /** The `sub`s the submission may be assigned to (its team's members). */
  members: readonly string[];
  /**
   * When a step's choice needs its reasons in the note, the message to show without one (a Case
   * Review's threshold decision against or beyond the rule: case-review/decision-reasons.ts).
   */
  reasonsNeeded?: (stepId: string, detail: string) => string | undefined;
}

/** A step as the rules accept it: everything but who recorded it and when. */
export type StepChoice = Omit<StepEntry, 'id' | 'by' | 'recordedAt'>;

export type StepResult =
  | { ok: true; entry: StepChoice; assignee: string | undefined }
  | { ok: false; errors: FieldError[] };

/** The date: the GOV.UK date input's rules, then not before the day the submission was received. */
const dayProblem = (fields: Record<string, string>, ctx: StepContext): { on?: string; problem?: string } => {
  const raw = {
    [`${STEP_FIELDS.on}-day`]: fields[`${STEP_FIELDS.on}-day`] ?? '',
    [`${STEP_FIELDS.on}-month`]: fields[`${STEP_FIELDS.on}-month`] ?? '',
    [`${STEP_FIELDS.on}-year`]: fields[`${STEP_FIELDS.on}-year`] ?? '',
  };
  const given = date.normalise(dateQuestion, raw);
  if (typeof given !== 'string') return { problem: 'Enter the date' };
  const problem = dateProblem(dateQuestion, given, ctx.today);
  if (problem) return { problem };
  if (given < ctx.receivedDay)
    return { problem: `The date must be on or after the day it was received, ${dayName(ctx.receivedDay)}` };
  return { on: given };
};

/**
 * The rules for recording (or correcting) a step, as person-readable problems per field, or the
 * entry to store. `fields` are the posted form's fields (STEP_FIELDS).
 */
export const checkStep = (fields: Record<string, string>, ctx: StepContext): StepResult => {
  const errors: FieldError[] = [];
  const stepId = fields[STEP_FIELDS.step] ?? '';
  const step = ctx.spec.steps.find((s) => s.id === stepId);
  const correctsId = fields[STEP_FIELDS.corrects] || undefined;
  const standing = standingSteps(ctx.entries);
  const corrected = correctsId ? standing.find((e) => e.id === correctsId) : undefined;

  if (correctsId && !corrected) {
    errors.push({
      field: STEP_FIELDS.step,
      message: 'That entry has already been corrected or is not on this submission',
    });
  } else if (!step) {
    errors.push({
      field: STEP_FIELDS.step,
      message: stepId ? 'Choose a step from the list' : 'Select the step',
    });
  } else if (!corrected || corrected.step !== step.id) {
    // A correction that keeps the step changes only its date, detail or note: the order stands.
    const others = corrected ? standing.filter((e) => e.id !== corrected.id) : standing;
    const problem = orderProblem(ctx.spec, others, step);
    const result = corrected
      ? danglingAfter(ctx.spec, [...others, { id: '_', step: step.id, on: '', by: '', recordedAt: '' }])
      : undefined;
    if (problem ?? result) errors.push({ field: STEP_FIELDS.step, message: (problem ?? result) as string });
  }

  const { on, problem: dateMessage } = dayProblem(fields, ctx);
  const others = corrected ? standing.filter((e) => e.id !== corrected.id) : standing;
  const holdDay = step && on ? holdDayProblem(ctx.spec, others, step, on) : undefined;
  if (dateMessage ?? holdDay)
    errors.push({ field: STEP_FIELDS.on, message: (dateMessage ?? holdDay) as string });
  const review = step ? reviewOnOf(fields, step, ctx.today, on) : {};
  if (review.problem) errors.push({ field: STEP_FIELDS.reviewOn, message: review.problem });

  let detail: string | undefined;
  if (step?.detail) {
    const field = STEP_FIELDS.detail(step.id);
    const value = fields[field] ?? '';
    const offered = detailOptions(step, ctx.answers);
    if (step.detail.safeWays && offered.length === 0) {
      errors.push({ field, message: 'They marked no way of contact as safe, so contact cannot be recorded' });
    } else if (!value) {
      errors.push({ field, message: `Select ${step.detail.errorName}` });
    } else if (!offered.some((o) => o.value === value)) {
      errors.push({
        field,
        message: step.detail.safeWays
          ? 'Choose a way of contact they marked as safe'
          : `Select ${step.detail.errorName} from the list`,
      });
    } else detail = value;
  }

  const note = cleanNote(fields[STEP_FIELDS.note]);
  if (note && noteLength(note) > NOTE_MAX)
    errors.push({ field: STEP_FIELDS.note, message: `The note must be ${NOTE_MAX} characters or fewer` });
  const reasons = step && detail ? ctx.reasonsNeeded?.(step.id, detail) : undefined;
  if (reasons && !note) errors.push({ field: STEP_FIELDS.note, message: reasons });

  const assignee = fields[STEP_FIELDS.assignee] || undefined;
  if (assignee && !ctx.members.includes(assignee))
    errors.push({ field: STEP_FIELDS.assignee, message: 'Choose someone in the submission’s team' });

  if (errors.length > 0 || !step || !on) return { ok: false, errors };
  return {
    ok: true,
    entry: {
      step: step.id,
      on,
      ...(detail ? { detail } : {}),
      ...(note ? { note } : {}),
      ...(review.reviewOn ? { reviewOn: review.reviewOn } : {}),
      ...(corrected ? { corrects: corrected.id } : {}),
    },
    assignee,
  };
};
