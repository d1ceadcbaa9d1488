import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { isUrgent } from '../forms/urgency.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { londonDay } from '../time/london.ts';
import { type WorkingCalendar, workingDaysBetween } from '../time/working-days.ts';
import { pauseSpans, statusOf } from './history.ts';
import type { ProgressSpec, StepEntry } from './types.ts';

/** What the targets read of a record: never an answer. */
export type TargetRecord = Pick<SubmissionRecord, 'createdAt' | 'urgent' | 'steps'>;

type ProgressForm = Pick<FormDefinition, 'id' | 'progress'>;

/** First contact due within this many working days: the configuration's, else the form's default. */
export const targetDays = (
  record: Pick<SubmissionRecord, 'urgent'>,
  form: ProgressForm,
  config: Pick<ServiceConfig, 'forms'>,
): number => {
  const target = config.forms[form.id]?.firstContactTarget ?? form.progress.target;
  const urgent = isUrgent(record.urgent);
  return urgent && target.urgentDays !== undefined ? target.urgentDays : target.days;
};

/**
 * The working days a case spent paused between `fromDay` and `toDay` (London days): each stretch
 * from its pause's day to its resume's (or to `toDay` while still paused), counted as
 * workingDaysBetween counts, so paused and resumed on one day loses nothing.
 */
export const pausedWorkingDays = (
  spec: ProgressSpec,
  steps: readonly StepEntry[] | undefined,
  fromDay: string,
  toDay: string,
  calendar: WorkingCalendar,
): number =>
  pauseSpans(spec, steps).reduce((sum, span) => {
    const from = span.from > fromDay ? span.from : fromDay;
    const to = span.to === undefined || span.to > toDay ? toDay : span.to;
    return sum + (to > from ? workingDaysBetween(from, to, calendar) : 0);
  }, 0);

/**
 * Working days since the submission was received (London days), as of `today`. Given the form's
 * spec, the days spent paused do not count: targets stop while a case is paused.
 */
export const ageInWorkingDays = (
  record: Pick<SubmissionRecord, 'createdAt'> & Partial<Pick<SubmissionRecord, 'steps'>>,
  today: string,
  calendar: WorkingCalendar,
  spec?: ProgressSpec,
): number => {
  const received = londonDay(record.createdAt);
  const paused = spec ? pausedWorkingDays(spec, record.steps, received, today, calendar) : 0;
  return workingDaysBetween(received, today, calendar) - paused;
};

/**
 * Past its first-contact target with no first contact standing: the daily job's list and the
 * workspace's highlight. `today` is a London day, YYYY-MM-DD.
 */
export const isOverdue = (
  record: TargetRecord,
  form: ProgressForm,
  config: Pick<ServiceConfig, 'forms' | 'workingDays'>,
  today: string,
): boolean => isPastTarget({ ...record, status: statusOf(form.progress, record.steps) }, form, config, today);

/**
 * The same, from the status kept beside the steps (what the inbox reads): past its first-contact
 * target, and neither past first contact, closed nor paused (a paused case is never overdue). With
 * the steps, the working days spent paused earlier do not count; without them (an inbox row), the
 * age is counted from the day received.
 */
export const isPastTarget = (
  record: Pick<SubmissionRecord, 'createdAt' | 'urgent' | 'status'> &
    Partial<Pick<SubmissionRecord, 'steps'>>,
  form: ProgressForm,
  config: Pick<ServiceConfig, 'forms' | 'workingDays'>,
  today: string,
): boolean => {
  // A case past first contact, or closed without it (feedback closed unread), waits for nobody.
  const order = form.progress.steps.map((s) => s.id);
  const reached = order.indexOf(record.status ?? '');
  const step = form.progress.steps[reached];
  if (step?.closes || step?.pauses) return false;
  if (reached >= 0 && reached >= order.indexOf(form.progress.firstContactStep)) return false;
  const spec = record.steps ? form.progress : undefined;
  return ageInWorkingDays(record, today, config.workingDays, spec) > targetDays(record, form, config);
};
