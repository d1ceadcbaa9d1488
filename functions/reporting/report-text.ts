import { dayName } from '../time/times.ts';
import type { FormOutcomes, OutcomeRates, OutcomeReport, Tally } from './build-report.ts';
import { caseReviewRows } from './case-review-rows.ts';
import { REPORT_DAY_DEFINITION, sinceErased } from './funnel-definitions.ts';
import { funnelRows } from './funnel-rows.ts';
import { type Rate, rateText } from './rate.ts';
import type { ReportRow, TeamName } from './report-row.ts';
import { allLabel, groupedRows, groupLabel, resultText, SECTIONS } from './report-rows.ts';
import { textTable } from './text-table.ts';

const tallyTable = (t: Tally): string =>
  [
    t.multiple
      ? `${t.question}\n(more than one could be chosen, so shares can add up to over 100%)`
      : t.question,
    textTable(
      ['Answer', 'Share'],
      t.options.map((o) => [o.label, rateText(o)]),
      [1],
    ),
  ].join('\n');

/** A form's rates: everyone, then each group, one column per rate. */
const ratesTable = (outcomes: FormOutcomes, rates: OutcomeRates): string =>
  textTable(
    ['Group', ...rates.rules.map((r) => r.column)],
    [
      [allLabel(outcomes), ...rates.rules.map((r) => rateText(rates.overall[r.id] as Rate))],
      ...rates.groups.map((g) => [groupLabel(g), ...rates.rules.map((r) => rateText(g.rates[r.id] as Rate))]),
    ],
    rates.rules.map((_, i) => i + 1),
  );

/** A form's section: its total, its rates (with what they mean) and its tallies. */
const outcomesText = (o: FormOutcomes): string => {
  const rates = o.rates ? `${o.rates.definition}\n${ratesTable(o, o.rates)}\n\n` : '';
  const erased =
    o.erased > 0
      ? `${o.erased} more received in the period since erased: their answers are not kept, so the shares are of the ${o.total} still kept.\n`
      : '';
  return `== ${o.heading}: ${o.total}${o.unit ? ` ${o.unit}` : ''} ==\n${erased}${rates}${o.tallies.map(tallyTable).join('\n\n')}`;
};

/** Rows as text: a heading per section, one table per measure, its definition on the line under it. */
const sectionsText = (rows: ReportRow[]): string[] =>
  [...groupedRows(rows)].map(
    ([section, measures]) =>
      `== ${section} ==\n` +
      [...measures]
        .map(([measure, items]) =>
          [
            textTable(
              [measure, 'Result'],
              items.map((r) => [r.group, resultText(r)]),
              [1],
            ),
            items[0]?.definition ?? '',
          ].join('\n'),
        )
        .join('\n\n'),
  );

/** Each team's progress. */
const funnelsText = (report: OutcomeReport, teamName: TeamName, onlyTeam?: string): string[] => {
  const funnels = report.funnels.filter((f) => !onlyTeam || f.team === onlyTeam);
  if (funnels.length === 0) return [];
  const sections = sectionsText(funnels.flatMap((f) => funnelRows(f, teamName)));
  return [
    `Progress counted to ${dayName(report.reportDay ?? report.until)}. ${REPORT_DAY_DEFINITION}`,
    ...sections,
  ];
};

/** The report as plain text: the CLI's default output and the body of the monthly email. */
export const reportText = (
  report: OutcomeReport,
  teamName: TeamName = (id) => id,
  onlyTeam?: string,
): string => {
  const perMonth = textTable(
    ['Form', ...report.months, 'Total'],
    report.forms.map((f) => [f.title, ...f.byMonth.map((m) => String(m.count)), String(f.total)]),
    report.months.map((_, i) => i + 1).concat(report.months.length + 1),
  );
  const teamRows = report.forms.flatMap((f) =>
    f.byTeam.map((t) => [f.title, teamName(t.team), String(t.count)]),
  );
  const byTeam =
    teamRows.length > 0 ? textTable(['Form', 'Team', 'Count'], teamRows, [2]) : 'No submissions.';
  // Under each table: how many of its counts were since erased (they count, from their tallies).
  const erasedByMonth = report.forms
    .filter((f) => f.erased > 0)
    .map(
      (f) =>
        `${f.title}: ${sinceErased(f.erased)} (${f.byMonth
          .filter((m) => m.erased > 0)
          .map((m) => `${m.month}: ${m.erased}`)
          .join(', ')})`,
    );
  const erasedByTeam = report.forms.flatMap((f) =>
    f.byTeam
      .filter((t) => t.erased > 0)
      .map((t) => `${f.title}, ${teamName(t.team)}: ${sinceErased(t.erased)}`),
  );
  const under = (lines: string[]) => (lines.length > 0 ? `\n${lines.join('\n')}` : '');
  return [
    `Outcome report: ${dayName(report.since)} to ${dayName(report.until)} (London time), both days included`,
    `== ${SECTIONS.perMonth} ==\n${perMonth}${under(erasedByMonth)}`,
    `== ${SECTIONS.byTeam} ==\n${byTeam}${under(erasedByTeam)}`,
    ...report.outcomes.map(outcomesText),
    ...funnelsText(report, teamName, onlyTeam),
    ...sectionsText(caseReviewRows(report.caseReview, teamName, onlyTeam ? [onlyTeam] : undefined)),
  ].join('\n\n');
};
