import type { ServiceConfig } from '../config/schema.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { londonDay } from '../time/london.ts';
import { type CaseReviewFigures, reportingYear, yearOf } from './figures.ts';
import { loadCaseReviewFigures } from './load-figures.ts';

/** The Case Review began with the Anti-social Behaviour, Crime and Policing Act 2014: no figures before. */
export const FIRST_FIGURES_YEAR = 2014;
/** How many years the page looks back over, this one included (each is a Query and its months' tallies). */
export const FIGURES_YEARS_SHOWN = 6;

type Store = Pick<SubmissionStore, 'allByForm' | 'erasedTallies'>;
type Config = Pick<ServiceConfig, 'forms' | 'workingDays' | 'caseReview'>;

/** The figures published under one year: April to March first, then the partnership's own year if set. */
export interface PublishedYear {
  startYear: number;
  rows: CaseReviewFigures[];
}

/** The April-to-March year today falls in, by its first year. */
export const currentStartYear = (now: Date): number => Number(yearOf(londonDay(now)).from.slice(0, 4));

/** A year whose figures may be asked for: from the Act to this one. */
export const isPublishedYear = (startYear: number, now: Date): boolean =>
  Number.isInteger(startYear) && startYear >= FIRST_FIGURES_YEAR && startYear <= currentStartYear(now);

/** One year's figures, as the ops command gives them (ops case-review-figures) and the CSV publishes them. */
export const loadPublishedYear = async (
  store: Store,
  startYear: number,
  now: Date,
  config: Config,
): Promise<PublishedYear> => {
  const own = config.caseReview.yearStartsInMonth;
  const years = [reportingYear(startYear), ...(own && own !== 4 ? [reportingYear(startYear, own)] : [])];
  const rows: CaseReviewFigures[] = [];
  for (const year of years) rows.push(await loadCaseReviewFigures(store, year, now, config));
  return { startYear, rows };
};

/**
 * The years the page shows, newest first: this one always, and those before it back to the first
 * with an application (within FIGURES_YEARS_SHOWN), so a year with none between two with some
 * still shows its zeros, and the years before the service began do not.
 */
export const loadPublishedFigures = async (
  store: Store,
  now: Date,
  config: Config,
): Promise<PublishedYear[]> => {
  const current = currentStartYear(now);
  const years: PublishedYear[] = [];
  for (let y = current; y > current - FIGURES_YEARS_SHOWN && y >= FIRST_FIGURES_YEAR; y--)
    years.push(await loadPublishedYear(store, y, now, config));
  const counted = (year: PublishedYear) => year.rows.some((row) => row.applications > 0);
  while (years.length > 1 && !counted(years.at(-1) as PublishedYear)) years.pop();
  return years;
};
