import { govukCharacterCount } from '../../govuk/character-count.ts';
import type { Html } from '../../html/html.ts';
import type { Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import * as field from './field-parts.ts';
import { enterMessage, messagesOf } from './text-answer.ts';
import { TEXT_BROWSER } from './text-input.ts';
import { typedText } from './typed-text.ts';

/** Textareas show a live count only near the limit, so long limits do not add noise. */
const CHARACTER_COUNT_THRESHOLD = 75;

const rowsFor = (limit: number): number => (limit <= 500 ? 4 : limit <= 1000 ? 5 : 8);

/** GOV.UK's character count: the limit is shown, and typing past it is not cut off. */
const render = (q: Question, ctx: FieldContext, nested: boolean, limit: number): Html => {
  const group = field.formGroupOf(q, ctx, {
    browser: TEXT_BROWSER,
    missingMessage: enterMessage(q),
    // The count script's own words in the question's language (none for English, which it knows).
    extra: messagesOf(q).characterCount,
  });
  return govukCharacterCount({
    id: q.id,
    name: q.id,
    maxlength: limit,
    threshold: CHARACTER_COUNT_THRESHOLD,
    rows: rowsFor(limit),
    label: { text: q.label, classes: field.labelClass(nested) },
    hint: field.hintOf(q),
    errorMessage: field.errorOf(q, ctx),
    formGroup: group,
    value: field.textValue(ctx.answers[q.id]),
    autocomplete: field.autocompleteOf(q, ctx),
    spellcheck: q.spellcheck === false ? false : undefined,
    textareaDescriptionText: messagesOf(q).upTo(limit),
  });
};

/** A longer answer over several lines: what happened, what would help. */
export const textarea = typedText({
  lines: 'many',
  defaultMax: 5000,
  render,
});
