/**
 * The second report within six months (issue 21): the ASB statutory guidance (July 2025) expects an
 * agency to notice when the same person reports again within six months and to tell them about the
 * ASB Case Review. Pure, on London days (YYYY-MM-DD), so the Case Review slice can count with it too.
 *
 * A report is counted on the day it was made (the original submission, then each incident added
 * since), not on the day the person says the incident happened: the guidance counts reports, and the
 * day a report was made is the service's own fact, not something typed in.
 */
import { londonDay } from '../time/london.ts';
import type { ReturnCaseView } from './actions.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first day of the six months up to `day`: the same date six months before, or that month's
 * last day when it has no such date (six months before 31 August is 28 or 29 February).
 */
export const sixMonthsBefore = (day: string): string => {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const first = new Date(Date.UTC(year, month - 1 - 6, 1));
  const lastDate = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, lastDate));
  return first.toISOString().slice(0, 10);
};

/** How many of these report days fall within the six months up to and including `day`. */
export const reportsWithinSixMonths = (reportDays: readonly string[], day: string): number => {
  const from = sixMonthsBefore(day);
  return reportDays.filter((d) => d >= from && d <= day).length;
};

/**
 * Whether a report made on `day` is at least the second within six months, counting the earlier
 * ones (the original report among them).
 */
export const isSecondReportWithinSixMonths = (earlierDays: readonly string[], day: string): boolean =>
  reportsWithinSixMonths([...earlierDays, day], day) >= 2;

/**
 * Whether a case should now tell the person about the ASB Case Review, as an incident is added at
 * `at`: the case's form offers the notice, it has not been given before (once per case: the person
 * already knows), and this incident is at least the second report within six months, counting the
 * original report and the incidents added since.
 */
export const caseReviewNoticeDue = (
  view: Pick<ReturnCaseView, 'createdAt' | 'additions' | 'caseReviewNoticeAt'>,
  at: Date,
): boolean => {
  if (view.caseReviewNoticeAt) return false;
  const earlier = [
    londonDay(view.createdAt),
    ...view.additions.filter((a) => a.kind === 'incident').map((a) => londonDay(a.at)),
  ];
  return isSecondReportWithinSixMonths(earlier, londonDay(at));
};
