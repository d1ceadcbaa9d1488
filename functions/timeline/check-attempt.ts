import type { FieldError } from '../forms/field-error.ts';
import { date, dateProblem } from '../forms/question-types/date.ts';
import { safeWayOptions } from '../forms/safe-ways.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';
import { cleanNote, noteLength } from '../progress/clean-note.ts';
import { standingSteps } from '../progress/history.ts';
import { checkStep, type StepChoice } from '../progress/record-step.ts';
import { orderProblem } from '../progress/step-order.ts';
import { NOTE_MAX, STEP_FIELDS } from '../progress/step-questions.ts';
import type { ProgressSpec, StepEntry } from '../progress/types.ts';
import { londonDay, londonInstant } from '../time/london.ts';
import { momentText } from '../time/times.ts';
import { parseClockTime } from './clock-time.ts';
import { ATTEMPT_FIELDS, attemptDayQuestion, FIRST_CONTACT_YES } from './fields.ts';
import { standingOfKind } from './history.ts';
import { ATTEMPT_OUTCOMES, type AttemptEntry, type AttemptOutcome, type TimelineEntry } from './types.ts';

/** What the rules need to know about the case. */
export interface AttemptContext {
  form: FormDefinition;
  answers: Answers;
  timeline: readonly TimelineEntry[];
  steps: readonly StepEntry[];
  /** When the case was received (ISO 8601, UTC). */
  receivedAt: string;
  now: Date;
}

/** An attempt as the rules accept it: everything but who logged it and when. */
export type AttemptChoice = Omit<AttemptEntry, 'id' | 'by' | 'byName' | 'recordedAt'>;

export type AttemptResult =
  | { ok: true; entry: AttemptChoice; firstContact?: StepChoice }
  | { ok: false; errors: FieldError[] };

/** Ways a message can be left by, and the safe way that must allow it: a phone message is a voicemail. */
const MESSAGE_NEEDS: Record<string, string> = {
  phone: 'voicemail',
  voicemail: 'voicemail',
  text: 'text',
  email: 'email',
};

/**
 * Whether "Record this as first contact" is offered: the form's first contact is a contact by a
 * safe way (not feedback's "Read"), and it could be recorded now (none stands, the order allows it).
 */
export const firstContactOffered = (spec: ProgressSpec, steps: readonly StepEntry[] | undefined): boolean => {
  const step = spec.steps.find((s) => s.id === spec.firstContactStep);
  return Boolean(step?.detail?.safeWays) && !!step && !orderProblem(spec, standingSteps(steps), step);
};

const isOutcome = (value: string): value is AttemptOutcome => ATTEMPT_OUTCOMES.some(([v]) => v === value);

/** When: a real day and time, London, on or after it was received and not in the future. */
const whenProblems = (fields: Record<string, string>, ctx: AttemptContext) => {
  const errors: FieldError[] = [];
  const raw = Object.fromEntries(
    ['day', 'month', 'year'].map((p) => [
      `${ATTEMPT_FIELDS.on}-${p}`,
      fields[`${ATTEMPT_FIELDS.on}-${p}`] ?? '',
    ]),
  );
  const day = date.normalise(attemptDayQuestion, raw);
  const dayMessage =
    typeof day !== 'string' ? 'Enter the date' : dateProblem(attemptDayQuestion, day, londonDay(ctx.now));
  if (dayMessage) errors.push({ field: ATTEMPT_FIELDS.on, message: dayMessage });
  const typed = fields[ATTEMPT_FIELDS.time] ?? '';
  const time = parseClockTime(typed);
  if (!time)
    errors.push({
      field: ATTEMPT_FIELDS.time,
      message: typed.trim() ? 'Enter a real time, for example 14:05 or 2:05pm' : 'Enter the time',
    });
  if (errors.length > 0 || typeof day !== 'string' || !time) return { errors };
  const at = londonInstant(day, time.hour, time.minute);
  // Times are to the minute: the minute it was received counts as on or after it.
  const receivedMinute = Math.floor(Date.parse(ctx.receivedAt) / 60_000) * 60_000;
  if (at.getTime() < receivedMinute)
    errors.push({
      field: ATTEMPT_FIELDS.on,
      message: `The date and time must be on or after it was received, ${momentText(ctx.receivedAt)}`,
    });
  else if (at.getTime() > ctx.now.getTime())
    errors.push({ field: ATTEMPT_FIELDS.time, message: 'The time must be now or in the past' });
  return { errors, at: errors.length ? undefined : at, day };
};

/** By which way, and whether that way can end so: only ways marked safe, messages only where allowed. */
const wayProblems = (way: string, outcome: string, ctx: AttemptContext): FieldError[] => {
  const safe = safeWayOptions(ctx.form, ctx.answers).map((o) => o.value);
  if (safe.length === 0)
    return [
      { field: ATTEMPT_FIELDS.way, message: 'They marked no way of contact as safe, so do not contact them' },
    ];
  if (!way) return [{ field: ATTEMPT_FIELDS.way, message: 'Select how you tried to reach them' }];
  if (!safe.includes(way))
    return [{ field: ATTEMPT_FIELDS.way, message: 'Choose a way of contact they marked as safe' }];
  if (!outcome) return [{ field: ATTEMPT_FIELDS.outcome, message: 'Select what happened' }];
  if (!isOutcome(outcome))
    return [{ field: ATTEMPT_FIELDS.outcome, message: 'Select what happened from the list' }];
  const field = ATTEMPT_FIELDS.outcome;
  if (outcome === 'left-message') {
    const needs = MESSAGE_NEEDS[way];
    if (!needs) return [{ field, message: 'A message cannot be left by letter: choose Letter sent' }];
    if (!safe.includes(needs))
      return [{ field, message: 'They did not mark voicemail as safe, so do not leave a message by phone' }];
  }
  if (outcome === 'letter-sent' && way !== 'letter')
    return [{ field, message: 'Choose Letter sent only for a letter' }];
  if (outcome === 'returned-undelivered' && way !== 'letter' && way !== 'email')
    return [{ field, message: 'Only a letter or an email can be returned undelivered' }];
  return [];
};

/** The first contact step this spoke attempt records, by the steps' own rules (checkStep). */
const firstContactStep = (way: string, day: string, ctx: AttemptContext) => {
  const spec = ctx.form.progress;
  const [year, month, dayOfMonth] = day.split('-');
  const result = checkStep(
    {
      [STEP_FIELDS.step]: spec.firstContactStep,
      [`${STEP_FIELDS.on}-day`]: String(Number(dayOfMonth)),
      [`${STEP_FIELDS.on}-month`]: String(Number(month)),
      [`${STEP_FIELDS.on}-year`]: year ?? '',
      [STEP_FIELDS.detail(spec.firstContactStep)]: way,
    },
    {
      spec,
      answers: ctx.answers,
      entries: ctx.steps,
      receivedDay: londonDay(new Date(ctx.receivedAt)),
      today: londonDay(ctx.now),
      members: [],
    },
  );
  return result.ok
    ? { entry: result.entry }
    : { errors: result.errors.map((e) => ({ field: ATTEMPT_FIELDS.firstContact, message: e.message })) };
};

/**
 * The rules for logging (or correcting) a contact attempt, as person-readable problems per field,
 * or the entry to store, with the first contact step when "Record this as first contact" is ticked.
 */
export const checkAttempt = (fields: Record<string, string>, ctx: AttemptContext): AttemptResult => {
  const correctsId = fields[ATTEMPT_FIELDS.corrects] || undefined;
  const corrected = standingOfKind(ctx.timeline, 'attempt', correctsId);
  const errors: FieldError[] = [];
  if (correctsId && !corrected)
    errors.push({
      field: '',
      message: 'That attempt has already been corrected or is not on this submission',
    });
  const when = whenProblems(fields, ctx);
  errors.push(...when.errors);
  const way = fields[ATTEMPT_FIELDS.way] ?? '';
  const outcome = fields[ATTEMPT_FIELDS.outcome] ?? '';
  errors.push(...wayProblems(way, outcome, ctx));
  const note = cleanNote(fields[ATTEMPT_FIELDS.note]);
  if (note && noteLength(note) > NOTE_MAX)
    errors.push({ field: ATTEMPT_FIELDS.note, message: `The note must be ${NOTE_MAX} characters or fewer` });
  const wantsFirstContact = fields[ATTEMPT_FIELDS.firstContact] === FIRST_CONTACT_YES;
  let firstContact: StepChoice | undefined;
  if (wantsFirstContact) {
    if (corrected || !firstContactOffered(ctx.form.progress, ctx.steps))
      errors.push({
        field: ATTEMPT_FIELDS.firstContact,
        message: 'First contact cannot be recorded from this attempt',
      });
    else if (outcome !== 'spoke')
      errors.push({
        field: ATTEMPT_FIELDS.firstContact,
        message: 'Record first contact only when you spoke to them',
      });
    else if (when.day && errors.length === 0) {
      const step = firstContactStep(way, when.day, ctx);
      if (step.errors) errors.push(...step.errors);
      else firstContact = step.entry;
    }
  }
  if (errors.length > 0 || !when.at || !isOutcome(outcome)) return { ok: false, errors };
  return {
    ok: true,
    entry: {
      kind: 'attempt',
      at: when.at.toISOString(),
      way,
      outcome,
      ...(note ? { note } : {}),
      ...(corrected ? { corrects: corrected.id } : {}),
    },
    ...(firstContact ? { firstContact } : {}),
  };
};
