import { csvRow } from '../exports/csv.ts';
import { caseReview } from '../forms/case-review.ts';
import { standingSteps } from '../progress/history.ts';
import type { ErasedGroup } from '../reporting/erased-tally.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { addCalendarMonths } from '../time/calendar-months.ts';
import { addDays, londonDay } from '../time/london.ts';

/**
 * The figures the Act asks every area to publish at least yearly (Schedule 4, para 4): applications,
 * threshold not met, reviews held, reviews with recommendations; counted per year of applications
 * received, April to March (or the partnership's own year), from the records still held and the
 * anonymous tallies that outlive erasure.
 */
export interface ReportingYear {
  /** First and last London day, inclusive. */
  from: string;
  to: string;
  /** "April 2026 to March 2027". */
  label: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The year starting in `startMonth` (1-12, April by default) of `startYear`. */
export const reportingYear = (startYear: number, startMonth = 4): ReportingYear => {
  const from = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  const to = addDays(addCalendarMonths(from, 12), -1);
  const end = Number(to.slice(5, 7));
  return {
    from,
    to,
    label: `${MONTHS[startMonth - 1]} ${startYear} to ${MONTHS[end - 1]} ${to.slice(0, 4)}`,
  };
};

/** The reporting year a London day falls in. */
export const yearOf = (day: string, startMonth = 4): ReportingYear => {
  const year = Number(day.slice(0, 4));
  return reportingYear(Number(day.slice(5, 7)) >= startMonth ? year : year - 1, startMonth);
};

export interface CaseReviewFigures {
  year: ReportingYear;
  applications: number;
  thresholdNotMet: number;
  reviewsHeld: number;
  reviewsWithRecommendations: number;
  /** Of those, erased cases (counted from the tallies, recommendations included: the step is `tallied`). */
  erased: number;
}

type Counted = Pick<SubmissionRecord, 'formId' | 'createdAt' | 'steps'>;

const lastDetail = (record: Counted, step: string) =>
  standingSteps(record.steps)
    .filter((e) => e.step === step)
    .at(-1)?.detail;

/**
 * The year's counts. A record counts once, whatever has been added to it, by the day its
 * application arrived; "threshold not met" is a standing decision of not met (or, erased, a closure
 * for that reason), a review held is a standing "review meeting held".
 */
export const caseReviewFigures = (
  year: ReportingYear,
  records: readonly Counted[],
  erased: readonly ErasedGroup[],
): CaseReviewFigures => {
  const inYear = (day: string) => day >= year.from && day <= year.to;
  const held = records.filter((r) => r.formId === caseReview.id && inYear(londonDay(r.createdAt)));
  const gone = erased.filter((g) => g.formId === caseReview.id && inYear(`${g.month}-01`));
  const count = (groups: typeof gone, pick: (g: ErasedGroup) => number) =>
    groups.reduce((sum, g) => sum + pick(g), 0);
  const erasedCount = count(gone, (g) => g.received);
  return {
    year,
    applications: held.length + erasedCount,
    thresholdNotMet:
      held.filter((r) => lastDetail(r, 'decided') === 'not-met').length +
      count(gone, (g) =>
        g.closed.filter((c) => c.reason === 'threshold-not-met').reduce((s, c) => s + c.count, 0),
      ),
    reviewsHeld:
      held.filter((r) => standingSteps(r.steps).some((e) => e.step === 'review-held')).length +
      count(gone, (g) => g.reached.filter((s) => s.step === 'review-held').reduce((s, c) => s + c.count, 0)),
    reviewsWithRecommendations:
      held.filter((r) => lastDetail(r, 'recommendations') === 'yes').length +
      count(gone, (g) =>
        g.answered
          .filter((a) => a.step === 'recommendations' && a.detail === 'yes')
          .reduce((s, c) => s + c.count, 0),
      ),
    erased: erasedCount,
  };
};

/** The published CSV: one row per year, the four statutory counts, each column saying what it counts. */
export const figuresCsv = (rows: readonly CaseReviewFigures[]): string =>
  [
    csvRow([
      'Year (applications received)',
      'Applications',
      'Threshold not met',
      'Reviews held',
      'Reviews with recommendations',
    ]),
    ...rows.map((f) =>
      csvRow([f.year.label, f.applications, f.thresholdNotMet, f.reviewsHeld, f.reviewsWithRecommendations]),
    ),
  ].join('');
