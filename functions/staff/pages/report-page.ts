import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml, type PageError } from '../../pages/error-summary.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import type { ReportRow } from '../../reporting/report-row.ts';
import { groupedRows, resultText } from '../../reporting/report-rows.ts';
import type { StaffMember } from '../../storage/staff-store.ts';
import { monthName } from '../../time/times.ts';
import { type NavLink, staffDocument } from './staff-layout.ts';

export interface ReportView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
  /** The months offered, newest first (YYYY-MM). */
  months: string[];
  month: string;
  /** The figures, when the month was valid. */
  rows?: ReportRow[];
  /** "Progress counted to 30 November 2026. …" */
  countedTo?: string;
  errors: PageError[];
}

const monthSelect = (
  months: string[],
  selected: string,
  error?: string,
) => `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
<label class="govuk-label" for="month">Month</label>
${error ? `<p id="month-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error)}</p>` : ''}
<select class="govuk-select" id="month" name="month"${error ? ' aria-describedby="month-error"' : ''}>
${months.map((m) => `<option${attributes({ value: m, selected: m === selected })}>${escapeHtml(monthName(m))}</option>`).join('\n')}
</select>
</div>`;

const numeric = 'govuk-table__cell govuk-table__cell--numeric';

/** One measure: a GOV.UK table with the measure as caption and its definition right under it. */
const measureTable = (measure: string, rows: ReportRow[]): string =>
  `<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(measure)}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Group</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Result</th></tr></thead>
<tbody class="govuk-table__body">
${rows.map((r) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${escapeHtml(r.group)}</th><td class="${numeric}">${escapeHtml(resultText(r))}</td></tr>`).join('\n')}
</tbody>
</table>
${rows[0]?.definition ? `<p class="govuk-body-s">${escapeHtml(rows[0].definition)}</p>` : ''}`;

const figures = (rows: ReportRow[]): string =>
  rows.length === 0
    ? '<p class="govuk-body">Nothing was received in this month, and nothing is open.</p>'
    : [...groupedRows(rows)]
        .map(
          ([section, measures]) =>
            `<h2 class="govuk-heading-m">${escapeHtml(section)}</h2>\n${[...measures].map(([m, r]) => measureTable(m, r)).join('\n')}`,
        )
        .join('\n');

/** The monthly report with progress, for a month chosen; admins see every team, leads their own. */
export const reportPage = (view: ReportView): string => {
  const error = view.errors.find((e) => e.field === 'month')?.message;
  const csv = `${STAFF_PATHS.report}?${new URLSearchParams({ month: view.month, download: 'csv' })}`;
  return staffDocument(
    {
      config: view.config,
      title: view.rows ? `Report for ${monthName(view.month)}` : 'Report',
      member: view.member,
      csrfToken: view.csrfToken,
      links: view.links,
      hasErrors: view.errors.length > 0,
    },
    `${view.errors.length > 0 ? errorSummaryHtml(view.errors, t('en', 'errors.title')) : ''}
<h1 class="govuk-heading-l">Report${view.rows ? ` for ${escapeHtml(monthName(view.month))}` : ''}</h1>
<p class="govuk-body">${view.member.admin ? 'Every team’s' : 'Your team’s'} submissions received in the month and how far each has got, with what each figure counts under its table. It holds counts only: no references, names or answers.</p>
<form method="get" action="${STAFF_PATHS.report}" novalidate>
${monthSelect(view.months, view.month, error)}
<button type="submit" class="govuk-button govuk-button--secondary">Show report</button>
</form>
${
  view.rows
    ? `<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(csv)}" download>Download CSV<span class="govuk-visually-hidden"> of the report for ${escapeHtml(monthName(view.month))}</span></a></p>
${view.countedTo ? `<p class="govuk-body">${escapeHtml(view.countedTo)}</p>` : ''}
${figures(view.rows)}`
    : ''
}`,
  );
};
