import type { ServiceConfig } from '../config/schema.ts';
import { FORMS } from '../forms/registry.ts';
import { londonDay } from '../progress/working-days.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { buildReport, type OutcomeReport, type ReportRecord, reportFields } from './build-report.ts';
import type { DateRange } from './date-range.ts';

/** Far enough back for every record still kept: the longest retention is ten years. */
const KEPT_SINCE = new Date('2020-01-01T00:00:00Z');

/**
 * Reads what the report counts (and nothing more) for every form, leaving out records past their
 * retention that DynamoDB has not deleted yet, and builds the report. With the configuration, it
 * reads every kept record up to the period's end (the open caseload counts older ones too) and
 * drops the steps' notes as soon as they are read: DynamoDB cannot project a field of every list item.
 */
export const loadReport = async (
  store: Pick<SubmissionStore, 'allByForm'>,
  range: DateRange,
  now: Date,
  config?: ServiceConfig,
): Promise<OutcomeReport> => {
  const records: ReportRecord[] = [];
  const read = config
    ? { start: KEPT_SINCE < range.start ? KEPT_SINCE : range.start, end: range.end }
    : range;
  for (const form of FORMS) {
    const fields = [
      'formId',
      'createdAt',
      'team',
      ...(config ? ['urgent', 'steps'] : []),
      ...reportFields(form),
    ];
    const items = await store.allByForm<ReportRecord>(form.id, read, { fields, liveAt: now });
    for (const item of items) {
      if (item.steps) item.steps = item.steps.map(({ note: _note, ...entry }) => entry);
      records.push(item);
    }
  }
  return buildReport(records, range, config ? { config, today: londonDay(now) } : undefined);
};
