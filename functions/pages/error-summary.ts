import { escapeHtml } from './escape-html.ts';

/** A problem with one answer; `field` is the question id, or '' for a problem with the whole form. */
export interface PageError {
  field: string;
  message: string;
}

/**
 * GOV.UK error summary. Each entry links to its question's first input, whose id is the question
 * id. Shared with the browser script, which shows the same markup for problems found after a fetch;
 * so that the script does not carry the catalogues, the heading comes in already translated.
 */
export const errorSummaryHtml = (errors: readonly PageError[], title: string): string => {
  const general = errors.filter((e) => e.field === '');
  const linked = errors.filter((e) => e.field !== '');
  const description = general.map((e) => `<p class="govuk-body">${escapeHtml(e.message)}</p>`).join('');
  const items = linked
    .map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`)
    .join('');
  return `<div class="govuk-error-summary" data-module="govuk-error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">${escapeHtml(title)}</h2>
<div class="govuk-error-summary__body">${description}${items ? `<ul class="govuk-list govuk-error-summary__list">${items}</ul>` : ''}</div>
</div>
</div>`;
};

export const errorMessageId = (questionId: string): string => `${questionId}-error`;

/** The inline message shown above a question's input. */
export const errorMessageHtml = (questionId: string, message: string, hidden = 'Error:'): string =>
  `<p id="${escapeHtml(errorMessageId(questionId))}" class="govuk-error-message"><span class="govuk-visually-hidden">${escapeHtml(hidden)}</span> ${escapeHtml(message)}</p>`;
