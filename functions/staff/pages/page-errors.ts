import { govukErrorMessage } from '../../govuk/error-message.ts';
import { EMPTY, type Html } from '../../html/html.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import type { FieldError } from '../errors.ts';

/** GOV.UK error summary for a staff form (nothing when there is no problem). */
export const errorSummary = (errors: readonly FieldError[]): Html =>
  errors.length > 0 ? errorSummaryHtml(errors, 'There is a problem') : EMPTY;

/** The inline message above a field, as govuk-frontend's errorMessage macro writes it. */
export const fieldErrorMessage = (id: string, message: string): Html =>
  govukErrorMessage({ id: `${id}-error`, text: message, visuallyHiddenText: 'Error' });
