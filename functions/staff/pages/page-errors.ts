import { type Html, html } from '../../html/html.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import type { FieldError } from '../errors.ts';
import { publicMarkup } from './public-markup.ts';

/** GOV.UK error summary for a staff form (nothing when there is no problem). */
export const errorSummary = (errors: readonly FieldError[]): Html =>
  publicMarkup(errors.length > 0 ? errorSummaryHtml(errors, t('en', 'errors.title')) : '');

/**
 * The inline message above a field. Hand-written here until the public side's errorMessage
 * component (functions/govuk/) is merged; the lead swaps it then.
 */
export const fieldErrorMessage = (id: string, message: string): Html =>
  html`<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${message}</p>`;
