import type { ServiceConfig } from '../config/schema.ts';
import { findForm } from '../forms/registry.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { londonDay } from '../time/london.ts';
import { ageText } from '../time/times.ts';
import { ageInWorkingDays, isPastTarget } from './targets.ts';

/** What the inbox says about how long a submission has waited. */
export interface Waiting {
  /** "3 days" since it came; or, when counting towards first contact, "2 working days". */
  text: string;
  /** Past its first-contact target with no first contact: highlighted, as the daily email lists it. */
  pastTarget: boolean;
}

/** With its steps (when read), the working days it spent paused do not count. */
type WaitingRecord = Pick<SubmissionRecord, 'formId' | 'createdAt' | 'urgent' | 'status'> &
  Partial<Pick<SubmissionRecord, 'steps'>>;

/**
 * How long a submission has waited, read the way the targets count it: working days by the
 * deployment's calendar (`config.workingDays`, never a default), London days, as of `now`.
 */
export const waitingOf = (
  record: WaitingRecord,
  config: Pick<ServiceConfig, 'forms' | 'workingDays'>,
  now: Date,
  inWorkingDays: boolean,
): Waiting => {
  const today = londonDay(now);
  const form = findForm(record.formId);
  const pastTarget = form !== undefined && isPastTarget(record, form, config, today);
  if (!inWorkingDays) return { text: ageText(record.createdAt, now), pastTarget };
  const days = ageInWorkingDays(record, today, config.workingDays, record.steps && form?.progress);
  return { text: `${days} working ${days === 1 ? 'day' : 'days'}`, pastTarget };
};
