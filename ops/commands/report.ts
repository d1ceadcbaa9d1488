import type { ServiceConfig } from '../../functions/config/schema.ts';
import { csvRow, UTF8_BOM } from '../../functions/exports/csv.ts';
import type { OutcomeReport } from '../../functions/reporting/build-report.ts';
import { reportRows } from '../../functions/reporting/report-rows.ts';
import { reportText } from '../../functions/reporting/report-text.ts';

export type ReportFormat = 'table' | 'csv' | 'json';

/** The report as the operator asked for it; the numbers come from functions/reporting. */
export const formatReport = (
  report: OutcomeReport,
  format: ReportFormat,
  config: ServiceConfig,
  options: { bom: boolean } = { bom: false },
): string => {
  const teamName = (id: string) => config.teams[id]?.name ?? id;
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return (
        (options.bom ? UTF8_BOM : '') +
        csvRow(['Section', 'Measure', 'Group', 'Count', 'Out of', 'Percent']) +
        reportRows(report, teamName)
          .map((r) => csvRow([r.section, r.measure, r.group, r.count, r.n, r.percent]))
          .join('')
      );
    case 'table':
      return `${reportText(report, teamName)}\n`;
  }
};
