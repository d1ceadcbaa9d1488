import { FORMS } from '../forms/registry.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { buildReport, type OutcomeReport, type ReportRecord, reportFields } from './build-report.ts';
import type { DateRange } from './date-range.ts';

/**
 * Reads what the report counts (and nothing more) for every form in the range, leaving out records
 * past their retention that DynamoDB has not deleted yet, and builds the report.
 */
export const loadReport = async (
  store: Pick<SubmissionStore, 'allByForm'>,
  range: DateRange,
  now: Date,
): Promise<OutcomeReport> => {
  const records: ReportRecord[] = [];
  for (const form of FORMS) {
    const fields = ['formId', 'createdAt', 'team', ...reportFields(form)];
    records.push(...(await store.allByForm<ReportRecord>(form.id, range, { fields, liveAt: now })));
  }
  return buildReport(records, range);
};
