import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukInput } from '../../govuk/input.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfField } from './staff-layout.ts';

/** The field's id and name, on the inbox and the search page alike. */
export const SEARCH_FIELD = 'q';

const WHAT_TO_TYPE = 'Reference, name, phone number, email address or postcode';
const HOW_IT_FINDS =
  'A reference opens the case. Anything else finds exact matches in your teams, whatever the case, spaces or +44.';

export interface SearchBoxView {
  csrfToken: string;
  /** What was typed, to show again (the search page only). */
  query?: string;
  error?: string;
  /** The inbox's box sits among other controls; the search page's is its main content. */
  heading: boolean;
}

/**
 * The one search box, on the inbox and the search page: POSTed with the anti-forgery token, never
 * GET, so what was typed (a person's phone number or name) stays out of addresses, browser history
 * and the CloudFront and API Gateway access logs. Works without JavaScript.
 */
export const searchBox = (view: SearchBoxView): Html =>
  html`<form method="post" action="${STAFF_PATHS.search}" class="app-search" role="search" aria-label="Cases" novalidate>
${csrfField(view.csrfToken)}
${govukInput({
  id: SEARCH_FIELD,
  name: SEARCH_FIELD,
  type: 'search',
  // Under the page's own heading the label says what to type; among the inbox's controls, what it is for.
  label: { text: view.heading ? WHAT_TO_TYPE : 'Find a case', classes: 'govuk-label--s' },
  hint: { text: view.heading ? HOW_IT_FINDS : WHAT_TO_TYPE },
  value: view.query ?? '',
  spellcheck: false,
  autocomplete: 'off',
  classes: 'govuk-input--width-20',
  ...(view.error ? { errorMessage: { text: view.error, visuallyHiddenText: 'Error' } } : {}),
  formGroup: {
    afterInput: {
      html: html`<button type="submit" class="govuk-button govuk-button--secondary app-search__button">Search</button>`,
    },
  },
})}
</form>`;
