import type { ServiceConfig } from '../config/schema.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { FORMS } from '../forms/registry.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { type DateRange, wholeMonthsIn } from '../time/date-range.ts';
import { londonDay } from '../time/london.ts';
import { buildReport, type OutcomeReport, type ReportRecord, reportFields } from './build-report.ts';
import { erasedEntry, talliesOf } from './erased-tally.ts';

/** Far enough back for every record still kept: the longest retention is ten years. */
const KEPT_SINCE = new Date('2020-01-01T00:00:00Z');

const TTL = TABLE_SHAPE.timeToLiveAttribute;

/**
 * Reads what the report counts (and nothing more) for every form, and the tallies of the period's
 * submissions since erased or expired, and builds the report. A record past its retention that
 * DynamoDB has not deleted yet is counted as its tally will count it (its answers dropped unread
 * by the report), so the figures do not dip between expiry and deletion. With the configuration,
 * it reads every kept record up to the period's end (the open caseload counts older ones too) and
 * drops the steps' notes as soon as they are read: DynamoDB cannot project a field of every list item.
 */
export const loadReport = async (
  store: Pick<SubmissionStore, 'allByForm' | 'erasedTallies'>,
  range: DateRange,
  now: Date,
  config?: ServiceConfig,
): Promise<OutcomeReport> => {
  const records: ReportRecord[] = [];
  const expired: ReportRecord[] = [];
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const read = config
    ? { start: KEPT_SINCE < range.start ? KEPT_SINCE : range.start, end: range.end }
    : range;
  for (const form of FORMS) {
    const fields = [
      'formId',
      'createdAt',
      'team',
      TTL,
      'steps',
      // With the configuration: urgency for the funnel, the Case Review notice for its section.
      ...(config ? ['urgent', 'caseReviewNoticeAt'] : []),
      ...reportFields(form),
    ];
    const items = await store.allByForm<ReportRecord & { [TTL]?: number }>(form.id, read, { fields });
    for (const { [TTL]: expiresAt, ...item } of items) {
      if (item.steps) item.steps = item.steps.map(({ note: _note, ...entry }) => entry);
      if (expiresAt !== undefined && expiresAt <= nowSeconds) expired.push(item);
      else records.push(item);
    }
  }
  const tallies = [
    ...(await store.erasedTallies(wholeMonthsIn(range))),
    ...talliesOf(expired.map((r) => erasedEntry(r, config))),
  ];
  return buildReport(records, range, config ? { config, today: londonDay(now) } : undefined, tallies);
};
