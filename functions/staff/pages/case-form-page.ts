import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type Html, html } from '../../html/html.ts';
import type { FieldError } from '../errors.ts';
import { errorSummary } from './page-errors.ts';
import { type StaffPage, staffDocument } from './staff-layout.ts';

/** What every form about one case shows around its fields. */
export interface CaseFormPage {
  /** The heading, and (with the reference) the document's title. */
  title: string;
  /** The case's form's title and its reference, for the caption. */
  formTitle: string;
  reference: string;
  errors: readonly FieldError[];
}

/** "Back to RJ-…": the way out of every form about one case. */
export const backToCase = (reference: string): Html =>
  html`<a class="govuk-link" href="${STAFF_PATHS.submission(reference)}">Back to ${reference}</a>`;

/**
 * A page with one form about one case (a step, a contact attempt, a note, a follow-up): the error
 * summary, the caption naming the case, the heading, then the page's own body, two thirds wide.
 */
export const caseFormPage = (
  frame: Omit<StaffPage, 'title' | 'hasErrors'>,
  page: CaseFormPage,
  body: Html,
): Html =>
  staffDocument(
    { ...frame, title: `${page.title}: ${page.reference}`, hasErrors: page.errors.length > 0 },
    html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errorSummary(page.errors)}
<span class="govuk-caption-l">${page.formTitle} · ${page.reference}</span>
<h1 class="govuk-heading-l">${page.title}</h1>
${body}
</div></div>`,
  );
