import { isApplicable } from '../forms/applicable.ts';
import type { BrowserHints } from '../forms/question-types/question-type.ts';
import type { Answers, Question } from '../forms/types.ts';
// The message templates, not the catalogues: every function carries the question types, and
// only the ones that draw public pages or emails need the catalogues.
import { MESSAGES } from '../i18n/messages.ts';
import { errorMessageHtml } from './error-summary.ts';
import { attributes, classes, escapeHtml } from './escape-html.ts';
import type { FieldContext } from './field-context.ts';

/** The parts of GOV.UK question markup that every question type shares. */

export const textValue = (value: Answers[string] | undefined): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : '';

export const hintId = (q: Question): string => `${q.id}-hint`;

export const hintHtml = (q: Question): string =>
  q.hint ? `<div id="${escapeHtml(hintId(q))}" class="govuk-hint">${escapeHtml(q.hint)}</div>\n` : '';

export const errorHtml = (q: Question, ctx: FieldContext): string => {
  const error = ctx.errors.get(q.id);
  return error !== undefined
    ? `${errorMessageHtml(q.id, error, MESSAGES[q.language ?? 'en'].errorHidden)}\n`
    : '';
};

export const describedBy = (...ids: (string | false | undefined)[]): string | undefined => {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
};

/** The question's autocomplete purpose; on a sensitive form, "off" for free text that has none. */
export const autocompleteOf = (q: Question, ctx: FieldContext): string | undefined =>
  q.autocomplete ?? (ctx.sensitive ? 'off' : undefined);

export const labelClass = (nested: boolean) => classes('govuk-label', !nested && 'govuk-label--s');

export const legendClass = (nested: boolean) =>
  classes('govuk-fieldset__legend', !nested && 'govuk-fieldset__legend--s');

export interface GroupOptions {
  browser: BrowserHints;
  missingMessage: string;
  extraClass?: string;
  extra?: Record<string, string | number>;
}

/**
 * The question's form group, carrying what the browser script reads to check required answers
 * and build "Check your answers" without a second copy of the form definition.
 */
export const formGroupStart = (q: Question, ctx: FieldContext, options: GroupOptions): string => {
  const hidden = q.showIf !== undefined && !isApplicable(q, ctx.answers);
  return `<div${attributes({
    class: classes(
      'govuk-form-group',
      ctx.errors.has(q.id) && 'govuk-form-group--error',
      options.extraClass,
      hidden && 'app-follow-up--hidden',
    ),
    'data-question': q.id,
    'data-collect': options.browser.collect,
    'data-display': options.browser.display,
    'data-required': q.required,
    'data-require-all': q.requireAll === true,
    'data-missing': q.required ? options.missingMessage : undefined,
    'data-show-if': q.showIf?.question,
    'data-show-if-values': q.showIf?.oneOf.join(' '),
    ...options.extra,
  })}>\n`;
};
