import { csvRow, UTF8_BOM } from '../exports/csv.ts';
import type { OutcomeReport } from './build-report.ts';
import type { ReportRow, TeamName } from './report-row.ts';
import { reportRows } from './report-rows.ts';

/** Report rows as CSV, one row per number, each with what it counts. */
export const rowsCsv = (rows: ReportRow[], options: { bom: boolean }): string =>
  (options.bom ? UTF8_BOM : '') +
  csvRow(['Section', 'Measure', 'Group', 'Count', 'Out of', 'Percent', 'Definition']) +
  rows
    .map((r) =>
      csvRow([r.section, r.measure, r.group, r.empty ? null : r.count, r.n, r.percent, r.definition]),
    )
    .join('');

/** The report's figures as CSV: `ops report --format csv` and the workspace download. */
export const reportCsv = (report: OutcomeReport, teamName: TeamName, options: { bom: boolean }): string =>
  rowsCsv(reportRows(report, teamName), options);
