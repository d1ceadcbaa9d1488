import type { ErrorMessageParams } from '../../govuk/error-message.ts';
import type { FormGroupParams } from '../../govuk/form-group.ts';
import type { HintParams } from '../../govuk/hint.ts';
import { classes } from '../../html/html.ts';
// The message templates, not the catalogues: every function carries the question types, and
// only the ones that draw public pages or emails need the catalogues.
import { MESSAGES } from '../../i18n/messages.ts';
import { isApplicable } from '../applicable.ts';
import type { Answers, Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import type { BrowserHints } from './question-type.ts';

/** What every question type gives the GOV.UK components alike: hint, error, form group, sizes. */

export const textValue = (value: Answers[string] | undefined): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : '';

/** The id of the inline error message: the error summary's script finds and removes it by this. */
export const errorMessageId = (questionId: string): string => `${questionId}-error`;

export const hintOf = (q: Question): HintParams | undefined => (q.hint ? { text: q.hint } : undefined);

/** The question's problem as govukErrorMessage's parameters, read out after "Error"/"Gwall". */
export const errorOf = (q: Question, ctx: FieldContext): ErrorMessageParams | undefined => {
  const error = ctx.errors.get(q.id);
  return error !== undefined
    ? { text: error, visuallyHiddenText: MESSAGES[q.language ?? 'en'].errorHidden }
    : undefined;
};

/** The question's autocomplete purpose; on a sensitive form, "off" for free text that has none. */
export const autocompleteOf = (q: Question, ctx: FieldContext): string | undefined =>
  q.autocomplete ?? (ctx.sensitive ? 'off' : undefined);

/** A question's label or legend is small bold; a follow-up's, inside a reveal, plain. */
export const labelClass = (nested: boolean): string | undefined => (nested ? undefined : 'govuk-label--s');

export const legendClass = (nested: boolean): string | undefined =>
  nested ? undefined : 'govuk-fieldset__legend--s';

export interface GroupOptions {
  browser: BrowserHints;
  missingMessage: string;
  extra?: Record<string, string | number>;
}

/**
 * The question's form group, carrying what the browser script reads to check required answers
 * and build "Check your answers" without a second copy of the form definition.
 */
export const formGroupOf = (q: Question, ctx: FieldContext, options: GroupOptions): FormGroupParams => {
  const hidden = q.showIf !== undefined && !isApplicable(q, ctx.answers);
  return {
    classes: classes(hidden && 'app-follow-up--hidden') || undefined,
    attributes: {
      'data-question': q.id,
      'data-collect': options.browser.collect,
      'data-display': options.browser.display,
      'data-required': { value: q.required, optional: true },
      'data-require-all': { value: q.requireAll === true, optional: true },
      'data-missing': { value: q.required ? options.missingMessage : undefined, optional: true },
      'data-show-if': { value: q.showIf?.question, optional: true },
      'data-show-if-values': { value: q.showIf?.oneOf.join(' '), optional: true },
      ...options.extra,
    },
  };
};
