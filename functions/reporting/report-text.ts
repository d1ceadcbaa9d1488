import type { OutcomeReport, Tally } from './build-report.ts';
import { dayName } from './date-range.ts';
import { rateText } from './rate.ts';
import { groupLabel, SECTIONS, type TeamName } from './report-rows.ts';
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

/** The report as plain text: the CLI's default output and the body of the monthly email. */
export const reportText = (report: OutcomeReport, teamName: TeamName = (id) => id): string => {
  const { feedback } = report;
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
  const rates = textTable(
    ['Group', 'Satisfied', 'Would recommend'],
    [
      ['All feedback', rateText(feedback.satisfied), rateText(feedback.wouldRecommend)],
      ...feedback.byRole.map((g) => [
        groupLabel('Role', g),
        rateText(g.satisfied),
        rateText(g.wouldRecommend),
      ]),
      ...feedback.byMeetingType.map((g) => [
        groupLabel('Meeting', g),
        rateText(g.satisfied),
        rateText(g.wouldRecommend),
      ]),
    ],
    [1, 2],
  );
  return [
    `Outcome report: ${dayName(report.since)} to ${dayName(report.until)} (UTC), both days included`,
    `== ${SECTIONS.perMonth} ==\n${perMonth}`,
    `== ${SECTIONS.byTeam} ==\n${byTeam}`,
    `== ${SECTIONS.referral}: ${report.referral.total} ==\n${report.referral.tallies.map(tallyTable).join('\n\n')}`,
    `== ${SECTIONS.nuisance}: ${report.nuisance.total} ==\n${report.nuisance.tallies.map(tallyTable).join('\n\n')}`,
    `== ${SECTIONS.feedback}: ${feedback.total} responses ==\n` +
      'Satisfied = very satisfied or satisfied. Would recommend = answered yes (not sure counts as not yes).\n' +
      `${rates}\n\n${feedback.tallies.map(tallyTable).join('\n\n')}`,
  ].join('\n\n');
};
