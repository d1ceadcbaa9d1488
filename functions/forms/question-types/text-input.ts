import { govukInput } from '../../govuk/input.ts';
import type { Html } from '../../html/html.ts';
import type { Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import * as field from './field-parts.ts';
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
): Html =>
  govukInput({
    id: q.id,
    name: q.id,
    type: inputType,
    label: { text: q.label, classes: field.labelClass(nested) },
    hint: field.hintOf(q),
    errorMessage: field.errorOf(q, ctx),
    formGroup: field.formGroupOf(q, ctx, { browser: TEXT_BROWSER, missingMessage: enterMessage(q) }),
    classes: q.width !== undefined ? `govuk-input--width-${q.width}` : undefined,
    value: field.textValue(ctx.answers[q.id]),
    autocomplete: field.autocompleteOf(q, ctx),
    spellcheck: q.spellcheck === false ? false : undefined,
    attributes: { maxlength: maxLength },
  });
