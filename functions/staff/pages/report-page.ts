import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukSelect } from '../../govuk/select.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { ReportRow } from '../../reporting/report-row.ts';
import { groupedRows, resultText } from '../../reporting/report-rows.ts';
import { monthName } from '../../time/times.ts';
import type { FieldError } from '../errors.ts';
import { errorSummary } from './page-errors.ts';
import { type StaffFrame, staffDocument } from './staff-layout.ts';

export interface ReportView extends StaffFrame {
  /** The months offered, newest first (YYYY-MM). */
  months: string[];
  month: string;
  /** The figures, when the month was valid. */
  rows?: ReportRow[];
  /** "Progress counted to 30 November 2026. …" */
  countedTo?: string;
  errors: FieldError[];
}

const monthSelect = (months: string[], selected: string, error?: string): Html =>
  govukSelect({
    id: 'month',
    name: 'month',
    label: { text: 'Month' },
    value: selected,
    items: months.map((m) => ({ value: m, text: monthName(m) })),
    ...(error ? { errorMessage: { text: error, visuallyHiddenText: 'Error' } } : {}),
  });

const numeric = 'govuk-table__cell govuk-table__cell--numeric';

/** This month is counted so far; last month (or back to this one) is one link away. */
const otherMonth = ({ months, month }: ReportView): Html => {
  const [thisMonth = '', lastMonth = ''] = months;
  const link = (to: string, text: string) =>
    html`<a class="govuk-link" href="${`${STAFF_PATHS.report}?${new URLSearchParams({ month: to })}`}">${text}</a>`;
  return month === thisMonth
    ? html`<p class="govuk-body">This month so far. ${link(lastMonth, `Last month: ${monthName(lastMonth)}`)}</p>`
    : html`<p class="govuk-body">${link(thisMonth, `This month so far: ${monthName(thisMonth)}`)}</p>`;
};

/** One measure: a GOV.UK table with the measure as caption and its definition right under it. */
const measureTable = (measure: string, rows: ReportRow[]): Html =>
  html`<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">${measure}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Group</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Result</th></tr></thead>
<tbody class="govuk-table__body">
${rows.map((r) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${r.group}</th><td class="${numeric}">${resultText(r)}</td></tr>\n`)}</tbody>
</table>
${rows[0]?.definition ? html`<p class="govuk-body-s">${rows[0].definition}</p>` : EMPTY}`;

const figures = (rows: ReportRow[]): Html =>
  rows.length === 0
    ? html`<p class="govuk-body">Nothing was received in this month, and nothing is open.</p>`
    : html`${[...groupedRows(rows)].map(
        ([section, measures]) =>
          html`<h2 class="govuk-heading-m">${section}</h2>\n${[...measures].map(([m, r]) => html`${measureTable(m, r)}\n`)}`,
      )}`;

/** The monthly report with progress, for a month chosen; admins see every team, leads their own. */
export const reportPage = (view: ReportView): Html => {
  const error = view.errors.find((e) => e.field === 'month')?.message;
  const csv = `${STAFF_PATHS.report}?${new URLSearchParams({ month: view.month, download: 'csv' })}`;
  const month = monthName(view.month);
  return staffDocument(
    { ...view, title: view.rows ? `Report for ${month}` : 'Report', hasErrors: view.errors.length > 0 },
    html`${errorSummary(view.errors)}
<h1 class="govuk-heading-l">Report${view.rows ? ` for ${month}` : ''}</h1>
<p class="govuk-body">${view.member.admin ? 'Every team’s' : 'Your team’s'} submissions received in the month and how far each has got, with what each figure counts under its table. It holds counts only: no references, names or answers.</p>
<form method="get" action="${STAFF_PATHS.report}" novalidate>
${monthSelect(view.months, view.month, error)}
<button type="submit" class="govuk-button govuk-button--secondary">Show report</button>
</form>
${
  view.rows
    ? html`<p class="govuk-body"><a class="govuk-link" href="${csv}" download>Download CSV<span class="govuk-visually-hidden"> of the report for ${month}</span></a></p>
${otherMonth(view)}
${view.countedTo ? html`<p class="govuk-body">${view.countedTo}</p>` : EMPTY}
${figures(view.rows)}`
    : EMPTY
}`,
  );
};
