import { EMPTY, type Html } from '../../html/html.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import type { FieldError } from '../errors.ts';

/** GOV.UK error summary for a staff form (nothing when there is no problem). */
export const errorSummary = (errors: readonly FieldError[]): Html =>
  errors.length > 0 ? errorSummaryHtml(errors, 'There is a problem') : EMPTY;
