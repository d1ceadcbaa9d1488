import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { SearchRowView, SearchView } from '../search-view.ts';
import { errorSummary } from './page-errors.ts';
import { SEARCH_FIELD, searchBox } from './search-box.ts';
import { staffDocument } from './staff-layout.ts';

export type { SearchView };

const result = (r: SearchRowView, showTeam: boolean): Html => html`<li class="app-search-result">
<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${STAFF_PATHS.submission(r.reference)}">${r.reference}</a></h3>
<dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-4">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Received</dt><dd class="govuk-summary-list__value">${r.received}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Form</dt><dd class="govuk-summary-list__value">${r.form}</dd></div>
${showTeam ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">${r.team}</dd></div>` : EMPTY}
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Progress</dt><dd class="govuk-summary-list__value">${r.progress}</dd></div>
</dl>
</li>`;

const results = (
  found: NonNullable<SearchView['found']>,
): Html => html`<h2 class="govuk-heading-m" id="found">${found.heading}</h2>
${
  found.rows.length === 0
    ? html`<p class="govuk-body">Check the spelling or try another detail, such as a phone number or postcode. Only cases still kept are found.</p>`
    : html`<ul class="govuk-list app-search-results">
${found.rows.map((r) => html`${result(r, found.showTeam)}\n`)}</ul>`
}`;

/** Find a case: the search box, any problem with what was typed, and the cases found (never an answer). */
export const searchPage = (view: SearchView): Html =>
  staffDocument(
    { ...view, title: 'Find a case', hasErrors: Boolean(view.error) },
    html`${view.error ? errorSummary([{ field: SEARCH_FIELD, message: view.error }]) : EMPTY}
<h1 class="govuk-heading-l">Find a case</h1>
${searchBox({ csrfToken: view.csrfToken, query: view.query, ...(view.error ? { error: view.error } : {}), heading: true })}
${view.found ? results(view.found) : EMPTY}`,
  );
