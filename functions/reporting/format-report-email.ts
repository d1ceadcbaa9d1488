import type { ServiceConfig } from '../config/schema.ts';
import { teamName } from '../config/team-name.ts';
import { htmlEmail, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { type Html, html } from '../html/html.ts';
import { addDays, addMonths } from '../time/london.ts';
import { dayName, monthName } from '../time/times.ts';
import type { OutcomeReport } from './build-report.ts';
import type { ReportRow } from './report-row.ts';
import { groupedRows, reportRows, resultText } from './report-rows.ts';
import { reportText } from './report-text.ts';

const lastDayOfMonth = (month: string): string => addDays(`${addMonths(month, 1)}-01`, -1);

/** "November 2026" for one whole month, else "1 October 2026 to 30 November 2026". */
export const periodName = (report: OutcomeReport): string => {
  const [only, ...more] = report.months;
  const wholeMonth =
    only !== undefined &&
    more.length === 0 &&
    report.since === `${only}-01` &&
    report.until === lastDayOfMonth(only);
  return wholeMonth ? monthName(only) : `${dayName(report.since)} to ${dayName(report.until)}`;
};

const htmlTables = (rows: ReportRow[]): Html[] =>
  [...groupedRows(rows)].map(
    ([section, measures]) =>
      html`<h2>${htmlText(section)}</h2>${[...measures].map(
        ([measure, items]) =>
          html`<table style="border-collapse: collapse; margin-bottom: 16px;"><caption style="text-align: left; font-weight: bold;">${htmlText(measure)}</caption><thead><tr><th scope="col" style="text-align: left; padding-right: 24px;">Answer</th><th scope="col" style="text-align: right;">Result</th></tr></thead><tbody>${items.map(
            (r) =>
              html`<tr><td style="padding-right: 24px;">${htmlText(r.group)}</td><td style="text-align: right;">${htmlText(resultText(r))}</td></tr>`,
          )}</tbody></table>${
            items[0]?.definition
              ? html`<p style="margin-top: 0; font-size: 14px;">${htmlText(items[0].definition)}</p>`
              : ''
          }`,
      )}`,
  );

/**
 * The monthly summary for one team: counts and rates only (no references, names or answers), the
 * same numbers as `npm run ops -- report`, plus how many submissions came to this team.
 */
export const formatReportEmail = (
  report: OutcomeReport,
  config: ServiceConfig,
  teamId: string,
): OutgoingEmail => {
  const team = config.teams[teamId];
  if (!team) throw new Error(`No team ${teamId} in configuration`);
  const period = periodName(report);
  const subject = `${config.serviceName}: summary for ${period}`;
  const yours = report.forms
    .map((f) => `${f.title}: ${f.byTeam.find((t) => t.team === teamId)?.count ?? 0}`)
    .join('; ');
  const intro = [
    `Summary for the ${team.name}, ${period}.`,
    `It covers submissions received from ${dayName(report.since)} to ${dayName(report.until)} (London time). ` +
      'It holds counts only: no references, names or answers.',
    'Numbers can be small, so every percentage shows how many it is out of, for example 67% (2 of 3).',
    `Sent to your team in this period: ${yours}.`,
  ];
  const rerun = `To see other periods, run: npm run ops -- report --since YYYY-MM-DD --until YYYY-MM-DD`;
  const text = [...intro, '', reportText(report, (id) => teamName(config, id), teamId), '', rerun].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(`Summary for ${period}`)}</h1>${intro.map((line) => html`<p>${htmlText(line)}</p>`)}${htmlTables(reportRows(report, (id) => teamName(config, id), teamId))}<p>${htmlText(rerun)}</p>`,
  );
  return { to: [team.email], subject, text, html: body };
};
