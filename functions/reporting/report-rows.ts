import type { FormOutcomes, GroupRates, OutcomeReport, Tally } from './build-report.ts';
import { caseReviewRows } from './case-review-rows.ts';
import { SINCE_ERASED_LABEL } from './funnel-definitions.ts';
import { funnelRows } from './funnel-rows.ts';
import { type Rate, rateText } from './rate.ts';
import type { ReportRow, TeamName } from './report-row.ts';

export const SECTIONS = {
  perMonth: 'Submissions per month',
  byTeam: 'Submissions by team',
} as const;

const tallyRows = (section: string, t: Tally): ReportRow[] =>
  t.options.map((o) => ({
    section,
    measure: t.multiple ? `${t.question} (more than one could be chosen)` : t.question,
    group: o.label,
    count: o.count,
    n: o.n,
    percent: o.percent,
  }));

/** Group labels in the rate tables, e.g. "Role: I was harmed or affected". */
export const groupLabel = (g: GroupRates): string => `${g.groupBy}: ${g.label}`;

/** The label of the row for everyone in a section, e.g. "All feedback". */
export const allLabel = (outcomes: FormOutcomes): string => `All ${outcomes.heading.toLowerCase()}`;

/** Each rate rule's rows: everyone, then each group. */
const rateRows = (outcomes: FormOutcomes): ReportRow[] => {
  const { rates, heading: section } = outcomes;
  if (!rates) return [];
  return rates.rules.flatMap((rule) =>
    [
      { group: allLabel(outcomes), rate: rates.overall[rule.id] },
      ...rates.groups.map((g) => ({ group: groupLabel(g), rate: g.rates[rule.id] })),
    ].map(({ group, rate }) => ({
      section,
      measure: rule.measure,
      definition: rates.definition,
      group,
      ...(rate as Rate),
    })),
  );
};

/** A count, and under it how many of it were since erased, when any were. */
const countRows = (
  section: string,
  measure: string,
  group: string,
  c: { count: number; erased: number },
): ReportRow[] => [
  { section, measure, group, count: c.count, n: null, percent: null },
  ...(c.erased > 0
    ? [
        {
          section,
          measure,
          group: `${group}: ${SINCE_ERASED_LABEL.toLowerCase()}`,
          count: c.erased,
          n: null,
          percent: null,
        },
      ]
    : []),
];

/** The whole report as rows, in reading order. */
export const reportRows = (
  report: OutcomeReport,
  teamName: TeamName = (id) => id,
  onlyTeam?: string,
): ReportRow[] => [
  ...report.forms.flatMap((f) => f.byMonth.flatMap((m) => countRows(SECTIONS.perMonth, f.title, m.month, m))),
  ...report.forms.flatMap((f) =>
    f.byTeam.flatMap((t) => countRows(SECTIONS.byTeam, f.title, teamName(t.team), t)),
  ),
  ...report.outcomes.flatMap((o) => [...rateRows(o), ...o.tallies.flatMap((t) => tallyRows(o.heading, t))]),
  ...report.funnels.filter((f) => !onlyTeam || f.team === onlyTeam).flatMap((f) => funnelRows(f, teamName)),
  ...caseReviewRows(report.caseReview, teamName, onlyTeam ? [onlyTeam] : undefined),
];

/**
 * A team lead's rows (the workspace's report page): only their teams' progress and Case Review
 * figures, never the service-wide counts or another team's rows.
 */
export const teamRows = (
  report: OutcomeReport,
  teamName: TeamName,
  teams: readonly string[],
): ReportRow[] => [
  ...report.funnels.filter((f) => teams.includes(f.team)).flatMap((f) => funnelRows(f, teamName)),
  ...caseReviewRows(report.caseReview, teamName, teams),
];

/** A row's result as people read it: "12", "2.5", "67% (2 of 3)" or "none yet". */
export const resultText = (row: ReportRow): string =>
  row.empty
    ? 'none yet'
    : row.n === null
      ? String(row.count)
      : rateText({ count: row.count, n: row.n, percent: row.percent });

/** Rows grouped by section, then by measure, keeping their order: the email's and the page's tables. */
export const groupedRows = (rows: ReportRow[]): Map<string, Map<string, ReportRow[]>> => {
  const sections = new Map<string, Map<string, ReportRow[]>>();
  for (const row of rows) {
    const measures = sections.get(row.section) ?? new Map<string, ReportRow[]>();
    sections.set(row.section, measures);
    measures.set(row.measure, [...(measures.get(row.measure) ?? []), row]);
  }
  return sections;
};
