import { teamName } from '../../config/team-name.ts';
import { csvResponse, type HttpResult } from '../../http/responses.ts';
import { REPORT_DAY_DEFINITION } from '../../reporting/funnel-definitions.ts';
import { loadReport } from '../../reporting/load-report.ts';
import { rowsCsv } from '../../reporting/report-csv.ts';
import type { ReportRow } from '../../reporting/report-row.ts';
import { reportRows, teamRows } from '../../reporting/report-rows.ts';
import { monthRange } from '../../time/date-range.ts';
import { addMonths, londonMonth } from '../../time/london.ts';
import { dayName } from '../../time/times.ts';
import { reportTeams } from '../auth/member.ts';
import type { MemberContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import { reportPage } from '../pages/report-page.ts';
import { pageResponse } from '../respond.ts';

/** London months offered: the last two years, newest first, this month included (counted so far). */
const monthsBefore = (now: Date, count = 24): string[] =>
  Array.from({ length: count }, (_, i) => addMonths(londonMonth(now), -i));

/**
 * The progress report for a month, this month so far unless another is asked for (last month is
 * one link away on the page): admins see the whole report, team leads their teams' progress
 * and Case Review figures (nobody else: the route table's row). `download=csv` gives the same figures as CSV.
 */
export const showReport = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
  const { member } = frame;
  const teams = reportTeams(member, deps.config);
  const now = deps.now();
  const months = monthsBefore(now);
  const base = { ...frame, months };
  const asked = req.query.get('month') ?? months[0] ?? '';
  if (!months.includes(asked)) {
    return pageResponse(
      400,
      reportPage({
        ...base,
        month: months[0] ?? '',
        errors: [{ field: 'month', message: 'Choose a month from the list' }],
      }),
    );
  }
  const range = monthRange(asked);
  // The staff function reads through queryByForm (the by-form index); the report wants them in one list.
  const store = {
    allByForm: async <T>(...args: Parameters<StaffDeps['submissions']['queryByForm']>): Promise<T[]> => {
      const items: T[] = [];
      for await (const page of deps.submissions.queryByForm<T>(...args)) items.push(...page);
      return items;
    },
    erasedTallies: (months: readonly string[]) => deps.submissions.erasedTallies(months),
  };
  const report = await loadReport(store, range, now, deps.config);
  const nameOf = (id: string) => teamName(deps.config, id);
  const rows: ReportRow[] = member.admin ? reportRows(report, nameOf) : teamRows(report, nameOf, teams);
  if (req.query.get('download') === 'csv') {
    return csvResponse(200, rowsCsv(rows, { bom: true }), {
      'content-disposition': `attachment; filename="report-${asked}.csv"`,
    });
  }
  const countedTo = `Progress counted to ${dayName(report.reportDay ?? report.until)}. ${REPORT_DAY_DEFINITION}`;
  return pageResponse(200, reportPage({ ...base, month: asked, rows, countedTo, errors: [] }));
};
