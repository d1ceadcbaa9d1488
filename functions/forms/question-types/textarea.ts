import { errorMessageId } from '../../pages/error-summary.ts';
import { attributes, classes, escapeHtml } from '../../pages/escape-html.ts';
import type { FieldContext } from '../../pages/field-context.ts';
import {
  describedBy,
  errorHtml,
  formGroupStart,
  hintHtml,
  hintId,
  labelClass,
  textValue,
} from '../../pages/field-parts.ts';
import type { Question } from '../types.ts';
import type { QuestionTypeModule } from './question-type.ts';
import {
  enterMessage,
  limitedText,
  limitOf,
  normaliseText,
  textAnswer,
  textJsonSchema,
} from './text-answer.ts';
import { TEXT_BROWSER } from './text-input.ts';

const max = (q: Question) => limitOf(q, 5000);

/** Textareas show a live count only near the limit, so long limits do not add noise. */
const CHARACTER_COUNT_THRESHOLD = 75;

const rowsFor = (limit: number): number => (limit <= 500 ? 4 : limit <= 1000 ? 5 : 8);

/** GOV.UK's character count: the limit is shown, and typing past it is not cut off. */
const render = (q: Question, ctx: FieldContext, nested: boolean): string => {
  const error = ctx.errors.has(q.id);
  const limit = max(q);
  const start = formGroupStart(q, ctx, {
    browser: TEXT_BROWSER,
    missingMessage: enterMessage(q),
    extraClass: 'govuk-character-count',
    extra: {
      'data-module': 'govuk-character-count',
      'data-maxlength': limit,
      'data-threshold': CHARACTER_COUNT_THRESHOLD,
    },
  });
  return `${start}<label class="${labelClass(nested)}" for="${escapeHtml(q.id)}">${escapeHtml(q.label)}</label>
${hintHtml(q)}${errorHtml(q, ctx)}<textarea${attributes({
    class: classes('govuk-textarea', error && 'govuk-textarea--error', 'govuk-js-character-count'),
    id: q.id,
    name: q.id,
    rows: rowsFor(limit),
    autocomplete: q.autocomplete,
    spellcheck: q.spellcheck === false ? 'false' : undefined,
    'aria-describedby': describedBy(`${q.id}-info`, q.hint && hintId(q), error && errorMessageId(q.id)),
  })}>${escapeHtml(textValue(ctx.answers[q.id]))}</textarea>
<div id="${escapeHtml(q.id)}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${limit} characters</div>
</div>`;
};

/** A longer answer over several lines: what happened, what would help. */
export const textarea: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: TEXT_BROWSER,
  maxLength: max,
  missingMessage: enterMessage,
  schema: (q) => limitedText(q, max(q)),
  jsonSchema: (q, generated) => textJsonSchema(q, generated, max(q)),
  normalise: normaliseText,
  render,
  answerValues: textAnswer,
};
