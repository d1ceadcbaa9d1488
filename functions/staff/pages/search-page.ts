import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukInput } from '../../govuk/input.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { SearchRowView, SearchView } from '../search-view.ts';
import { errorSummary } from './page-errors.ts';
import { csrfField, staffDocument } from './staff-layout.ts';

export type { SearchView };

/** The field's id and name: the inbox's search box sends the same name (STAFF_PATHS.search). */
export const SEARCH_FIELD = 'q';

/**
 * The search box: a POST form (with the anti-forgery token), never GET, so what was typed, a
 * person's phone number or name, stays out of addresses, and so out of browser history and the
 * access logs of CloudFront and API Gateway. Works without JavaScript.
 */
export const searchForm = (
  view: Pick<SearchView, 'query' | 'error' | 'csrfToken'>,
): Html => html`<form method="post" action="${STAFF_PATHS.search}" novalidate>
${csrfField(view.csrfToken)}
${govukInput({
  id: SEARCH_FIELD,
  name: SEARCH_FIELD,
  type: 'search',
  label: { text: 'Reference, name, phone number, email address or postcode', classes: 'govuk-label--s' },
  hint: {
    text: 'A reference opens the case. Anything else finds exact matches in your teams, whatever the case, spaces or +44.',
  },
  value: view.query,
  spellcheck: false,
  autocomplete: 'off',
  classes: 'govuk-!-width-two-thirds',
  ...(view.error ? { errorMessage: { text: view.error, visuallyHiddenText: 'Error' } } : {}),
})}
${govukButton({ text: 'Search', classes: 'govuk-button--secondary' })}
</form>`;

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
${searchForm(view)}
${view.found ? results(view.found) : EMPTY}`,
  );
