import type { FieldError } from '../forms/field-error.ts';
import { errorMessageId } from '../forms/question-types/field-parts.ts';
import { govukErrorMessage } from '../govuk/error-message.ts';
import { govukErrorSummary } from '../govuk/error-summary.ts';
import { type Html, join } from '../html/html.ts';

export { errorMessageId };

/**
 * GOV.UK error summary. Each entry links to its question's first input, whose id is the question
 * id; problems with the whole form are its description. Shared with the browser script, which
 * shows the same markup for problems found after a fetch; so that the script does not carry the
 * catalogues, the heading comes in already translated.
 */
export const errorSummaryHtml = (errors: readonly FieldError[], title: string): Html => {
  const general = errors.filter((e) => e.field === '').map((e) => e.message);
  return govukErrorSummary({
    titleText: title,
    descriptionHtml: general.length > 0 ? join(general, ' ') : undefined,
    errorList: errors.filter((e) => e.field !== '').map((e) => ({ href: `#${e.field}`, text: e.message })),
  });
};

/**
 * The inline message shown above a question's input, for the browser script and the staff
 * pages; `hidden` is read before it ("Error", "Gwall"), the colon added.
 */
export const errorMessageHtml = (questionId: string, message: string, hidden = 'Error'): Html =>
  govukErrorMessage({
    id: errorMessageId(questionId),
    text: message,
    visuallyHiddenText: hidden,
  });
