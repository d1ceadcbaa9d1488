import type { ServiceConfig } from '../config/schema.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { caseReview } from '../forms/case-review.ts';
import { erasedEntry, erasedGroups, talliesOf } from '../reporting/erased-tally.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { dayRange, wholeMonthsIn } from '../time/date-range.ts';
import { type CaseReviewFigures, caseReviewFigures, type ReportingYear } from './figures.ts';

const TTL = TABLE_SHAPE.timeToLiveAttribute;

type Read = Pick<SubmissionRecord, 'formId' | 'createdAt' | 'team' | 'steps'> & { [TTL]?: number };

/**
 * A year's ASB Case Review figures from the store: the applications received in it (read without
 * their answers or the steps' notes) and the tallies of those since erased or expired. A record
 * past its retention that DynamoDB has not deleted yet counts as its tally will, as the funder
 * report does (reporting/load-report.ts), so the figures neither dip nor double at deletion.
 */
export const loadCaseReviewFigures = async (
  store: Pick<SubmissionStore, 'allByForm' | 'erasedTallies'>,
  year: ReportingYear,
  now: Date,
  config?: Pick<ServiceConfig, 'forms' | 'workingDays'>,
): Promise<CaseReviewFigures> => {
  const range = dayRange(year.from, year.to);
  const items = await store.allByForm<Read>(caseReview.id, range, {
    fields: ['formId', 'createdAt', 'team', 'steps', TTL],
  });
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const expired = items.filter((r) => r[TTL] !== undefined && Number(r[TTL]) <= nowSeconds);
  const held = items.filter((r) => !expired.includes(r));
  const tallies = [
    ...(await store.erasedTallies(wholeMonthsIn(range))),
    ...talliesOf(expired.map((r) => erasedEntry(r, config))),
  ];
  return caseReviewFigures(year, held, erasedGroups(tallies));
};
