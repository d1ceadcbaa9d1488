import { errorMessageId } from '../../pages/error-summary.ts';
import { attributes, classes, escapeHtml } from '../../pages/escape-html.ts';
import type { FieldContext } from '../../pages/field-context.ts';
import * as field from '../../pages/field-parts.ts';
import type { Question } from '../types.ts';
import { enterMessage } from './text-answer.ts';
import { TEXT_BROWSER } from './text-input.ts';
import { typedText } from './typed-text.ts';

/** Textareas show a live count only near the limit, so long limits do not add noise. */
const CHARACTER_COUNT_THRESHOLD = 75;

const rowsFor = (limit: number): number => (limit <= 500 ? 4 : limit <= 1000 ? 5 : 8);

/** GOV.UK's character count: the limit is shown, and typing past it is not cut off. */
const render = (q: Question, ctx: FieldContext, nested: boolean, limit: number): string => {
  const error = ctx.errors.has(q.id);
  const start = field.formGroupStart(q, ctx, {
    browser: TEXT_BROWSER,
    missingMessage: enterMessage(q),
    extraClass: 'govuk-character-count',
    extra: {
      'data-module': 'govuk-character-count',
      'data-maxlength': limit,
      'data-threshold': CHARACTER_COUNT_THRESHOLD,
    },
  });
  return `${start}<label class="${field.labelClass(nested)}" for="${escapeHtml(q.id)}">${escapeHtml(q.label)}</label>
${field.hintHtml(q)}${field.errorHtml(q, ctx)}<textarea${attributes({
    class: classes('govuk-textarea', error && 'govuk-textarea--error', 'govuk-js-character-count'),
    id: q.id,
    name: q.id,
    rows: rowsFor(limit),
    autocomplete: field.autocompleteOf(q, ctx),
    spellcheck: q.spellcheck === false ? 'false' : undefined,
    'aria-describedby': field.describedBy(
      `${q.id}-info`,
      q.hint && field.hintId(q),
      error && errorMessageId(q.id),
    ),
  })}>${escapeHtml(field.textValue(ctx.answers[q.id]))}</textarea>
<div id="${escapeHtml(q.id)}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${limit} characters</div>
</div>`;
};

/** A longer answer over several lines: what happened, what would help. */
export const textarea = typedText({
  lines: 'many',
  defaultMax: 5000,
  render,
});
