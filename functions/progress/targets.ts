import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { isUrgent } from '../forms/urgency.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { londonDay } from '../time/london.ts';
import { type WorkingCalendar, workingDaysBetween } from '../time/working-days.ts';
import { statusOf } from './history.ts';

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

/** Working days since the submission was received (London days), as of `today`. */
export const ageInWorkingDays = (
  record: Pick<SubmissionRecord, 'createdAt'>,
  today: string,
  calendar: WorkingCalendar,
): number => workingDaysBetween(londonDay(record.createdAt), today, calendar);

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
 * target, and neither past first contact nor closed.
 */
export const isPastTarget = (
  record: Pick<SubmissionRecord, 'createdAt' | 'urgent' | 'status'>,
  form: ProgressForm,
  config: Pick<ServiceConfig, 'forms' | 'workingDays'>,
  today: string,
): boolean => {
  // A case past first contact, or closed without it (feedback closed unread), waits for nobody.
  const order = form.progress.steps.map((s) => s.id);
  const reached = order.indexOf(record.status ?? '');
  const closed = form.progress.steps[reached]?.closes === true;
  if (closed || (reached >= 0 && reached >= order.indexOf(form.progress.firstContactStep))) return false;
  return ageInWorkingDays(record, today, config.workingDays) > targetDays(record, form, config);
};
