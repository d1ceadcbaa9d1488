import { errorMessageId } from '../../pages/error-summary.ts';
import { attributes, classes, escapeHtml } from '../../pages/escape-html.ts';
import type { FieldContext } from '../../pages/field-context.ts';
import * as field from '../../pages/field-parts.ts';
import type { Question } from '../types.ts';
import type { BrowserHints } from './question-type.ts';
import { enterMessage } from './text-answer.ts';

export const TEXT_BROWSER: BrowserHints = { collect: 'text', display: 'text' };

/** A GOV.UK text input (text, email or tel), with its label, hint and inline error. */
export const renderTextInput = (
  q: Question,
  ctx: FieldContext,
  nested: boolean,
  inputType: 'text' | 'email' | 'tel',
  maxLength: number,
): string => {
  const error = ctx.errors.has(q.id);
  return `${field.formGroupStart(q, ctx, { browser: TEXT_BROWSER, missingMessage: enterMessage(q) })}<label class="${field.labelClass(nested)}" for="${escapeHtml(q.id)}">${escapeHtml(q.label)}</label>
${field.hintHtml(q)}${field.errorHtml(q, ctx)}<input${attributes({
    class: classes(
      'govuk-input',
      q.width !== undefined && `govuk-input--width-${q.width}`,
      error && 'govuk-input--error',
    ),
    id: q.id,
    name: q.id,
    type: inputType,
    value: field.textValue(ctx.answers[q.id]),
    maxlength: maxLength,
    autocomplete: field.autocompleteOf(q, ctx),
    spellcheck: q.spellcheck === false ? 'false' : undefined,
    'aria-describedby': field.describedBy(q.hint && field.hintId(q), error && errorMessageId(q.id)),
  })}>
</div>`;
};
