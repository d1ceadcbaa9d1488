import type { ServiceConfig } from '../../functions/config/schema.ts';
import type { OutcomeReport } from '../../functions/reporting/build-report.ts';
import { reportCsv } from '../../functions/reporting/report-csv.ts';
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
      return reportCsv(report, teamName, options);
    case 'table':
      return `${reportText(report, teamName)}\n`;
  }
};
