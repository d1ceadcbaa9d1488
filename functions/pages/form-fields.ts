import { isApplicable } from '../forms/applicable.ts';
import { maxLengthOf, missingMessage } from '../forms/field-schema.ts';
import type { Answers, Question } from '../forms/types.ts';
import { errorMessageHtml, errorMessageId } from './error-summary.ts';
import { attributes, classes, escapeHtml } from './escape-html.ts';

/** What a question needs to draw itself: the answers so far, problems by question, and follow-ups. */
export interface FieldContext {
  answers: Answers;
  errors: ReadonlyMap<string, string>;
  /** Follow-up questions by the id of the question they depend on, in the order they are asked. */
  followUps: ReadonlyMap<string, Question[]>;
}

/** The id of an option's input: the first is the question id, so error links always find it. */
export const optionId = (q: Question, index: number): string => (index === 0 ? q.id : `${q.id}-${index + 1}`);

/** Textareas show a live count only near the limit, so long limits do not add noise. */
const CHARACTER_COUNT_THRESHOLD = 75;

const rowsFor = (max: number): number => (max <= 500 ? 4 : max <= 1000 ? 5 : 8);

const textValue = (value: Answers[string] | undefined): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : '';

const pickedValues = (value: Answers[string] | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

/**
 * Data the browser script reads to check required answers and build "Check your answers"
 * without a second copy of the form definition.
 */
const questionData = (q: Question) => ({
  'data-question': q.id,
  'data-type': q.type,
  'data-required': q.required,
  'data-require-all': q.requireAll === true,
  'data-missing': q.required ? missingMessage(q) : undefined,
  'data-show-if': q.showIf?.question,
  'data-show-if-values': q.showIf?.oneOf.join(' '),
});

const hintHtml = (q: Question): string =>
  q.hint ? `<div id="${escapeHtml(q.id)}-hint" class="govuk-hint">${escapeHtml(q.hint)}</div>\n` : '';

const describedBy = (...ids: (string | false | undefined)[]): string | undefined => {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
};

const formGroupStart = (
  q: Question,
  ctx: FieldContext,
  extraClass?: string,
  extra: Record<string, string | number> = {},
): string => {
  const error = ctx.errors.get(q.id);
  const hidden = q.showIf !== undefined && !isApplicable(q, ctx.answers);
  return `<div${attributes({
    class: classes(
      'govuk-form-group',
      error !== undefined && 'govuk-form-group--error',
      extraClass,
      hidden && 'app-follow-up--hidden',
    ),
    ...questionData(q),
    ...extra,
  })}>\n`;
};

const labelClass = (nested: boolean) => classes('govuk-label', !nested && 'govuk-label--s');

const textField = (q: Question, ctx: FieldContext, nested: boolean): string => {
  const error = ctx.errors.get(q.id);
  const value = textValue(ctx.answers[q.id]);
  const max = maxLengthOf(q);
  const inputType = q.type === 'email' ? 'email' : q.type === 'tel' ? 'tel' : 'text';
  return `${formGroupStart(q, ctx)}<label class="${labelClass(nested)}" for="${escapeHtml(q.id)}">${escapeHtml(q.label)}</label>
${hintHtml(q)}${error !== undefined ? `${errorMessageHtml(q.id, error)}\n` : ''}<input${attributes({
    class: classes(
      'govuk-input',
      q.width !== undefined && `govuk-input--width-${q.width}`,
      error !== undefined && 'govuk-input--error',
    ),
    id: q.id,
    name: q.id,
    type: inputType,
    value,
    maxlength: max,
    autocomplete: q.autocomplete,
    spellcheck: q.spellcheck === false ? 'false' : undefined,
    'aria-describedby': describedBy(q.hint && `${q.id}-hint`, error !== undefined && errorMessageId(q.id)),
  })}>
</div>`;
};

/** Textareas use GOV.UK's character count: the limit is shown, and typing past it is not cut off. */
const textareaField = (q: Question, ctx: FieldContext, nested: boolean): string => {
  const error = ctx.errors.get(q.id);
  const max = maxLengthOf(q) ?? 5000;
  const start = formGroupStart(q, ctx, 'govuk-character-count', {
    'data-module': 'govuk-character-count',
    'data-maxlength': max,
    'data-threshold': CHARACTER_COUNT_THRESHOLD,
  });
  return `${start}<label class="${labelClass(nested)}" for="${escapeHtml(q.id)}">${escapeHtml(q.label)}</label>
${hintHtml(q)}${error !== undefined ? `${errorMessageHtml(q.id, error)}\n` : ''}<textarea${attributes({
    class: classes(
      'govuk-textarea',
      error !== undefined && 'govuk-textarea--error',
      'govuk-js-character-count',
    ),
    id: q.id,
    name: q.id,
    rows: rowsFor(max),
    autocomplete: q.autocomplete,
    spellcheck: q.spellcheck === false ? 'false' : undefined,
    'aria-describedby': describedBy(
      `${q.id}-info`,
      q.hint && `${q.id}-hint`,
      error !== undefined && errorMessageId(q.id),
    ),
  })}>${escapeHtml(textValue(ctx.answers[q.id]))}</textarea>
<div id="${escapeHtml(q.id)}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${max} characters</div>
</div>`;
};

/**
 * Radios and checkboxes. Follow-ups that belong to exactly one option are GOV.UK conditional
 * reveals under that option. When a follow-up belongs to several options (a phone number for
 * "phone call", "voicemail" or "text"), all of the question's follow-ups go in one block after the
 * options, each shown when it applies, so nothing is asked twice and they keep their order.
 */
const choiceField = (q: Question, ctx: FieldContext, nested: boolean): string => {
  const kind = q.type === 'radios' ? 'radios' : 'checkboxes';
  const error = ctx.errors.get(q.id);
  const picked = pickedValues(ctx.answers[q.id]);
  const followUps = ctx.followUps.get(q.id) ?? [];
  const perOption = followUps.every((f) => f.showIf?.oneOf.length === 1);
  const options = q.options ?? [];
  const conditional = (id: string, questions: Question[], visible: boolean, shared: boolean): string =>
    `<div${attributes({
      class: classes(`govuk-${kind}__conditional`, !visible && `govuk-${kind}__conditional--hidden`),
      id,
      'data-follow-ups': shared,
    })}>
${questions.map((f) => renderQuestion(f, ctx, true)).join('\n')}
</div>`;
  const sharedBlock =
    !perOption && followUps.length > 0
      ? conditional(
          `conditional-${q.id}`,
          followUps,
          followUps.some((f) => isApplicable(f, ctx.answers)),
          true,
        )
      : '';
  const firstExclusive = options.findIndex((o) => o.exclusive);

  const items: string[] = [];
  options.forEach((option, index) => {
    const id = optionId(q, index);
    const mine = perOption ? followUps.filter((f) => f.showIf?.oneOf[0] === option.value) : [];
    if (index === firstExclusive) {
      if (sharedBlock) items.push(sharedBlock);
      items.push(`<div class="govuk-${kind}__divider">or</div>`);
    }
    items.push(`<div class="govuk-${kind}__item">
<input${attributes({
      class: `govuk-${kind}__input`,
      id,
      name: q.id,
      type: q.type === 'radios' ? 'radio' : 'checkbox',
      value: option.value,
      checked: picked.includes(option.value),
      // Checkboxes: GOV.UK's script promotes this to aria-controls and keeps aria-expanded in step.
      // Radios: the site's script reveals, and aria-expanded is left off (not allowed on a radio).
      'data-aria-controls': mine.length > 0 && kind === 'checkboxes' ? `conditional-${id}` : undefined,
      'aria-controls': mine.length > 0 && kind === 'radios' ? `conditional-${id}` : undefined,
      'data-behaviour': option.exclusive ? 'exclusive' : undefined,
      'aria-describedby': option.hint ? `${id}-item-hint` : undefined,
    })}>
<label class="govuk-label govuk-${kind}__label" for="${escapeHtml(id)}">${escapeHtml(option.label)}</label>
${option.hint ? `<div id="${escapeHtml(id)}-item-hint" class="govuk-hint govuk-${kind}__hint">${escapeHtml(option.hint)}</div>\n` : ''}</div>`);
    if (mine.length > 0)
      items.push(conditional(`conditional-${id}`, mine, picked.includes(option.value), false));
  });
  if (sharedBlock && firstExclusive === -1) items.push(sharedBlock);

  return `${formGroupStart(q, ctx)}<fieldset${attributes({
    class: 'govuk-fieldset',
    'aria-describedby': describedBy(q.hint && `${q.id}-hint`, error !== undefined && errorMessageId(q.id)),
  })}>
<legend class="${classes('govuk-fieldset__legend', !nested && 'govuk-fieldset__legend--s')}">${escapeHtml(q.label)}</legend>
${hintHtml(q)}${error !== undefined ? `${errorMessageHtml(q.id, error)}\n` : ''}<div class="govuk-${kind}"${kind === 'checkboxes' ? ' data-module="govuk-checkboxes"' : ''}>
${items.join('\n')}
</div>
</fieldset>
</div>`;
};

/** One question in GOV.UK markup, with its follow-ups nested where they belong. */
export const renderQuestion = (q: Question, ctx: FieldContext, nested = false): string => {
  switch (q.type) {
    case 'radios':
    case 'checkboxes':
      return choiceField(q, ctx, nested);
    case 'textarea':
      return textareaField(q, ctx, nested);
    default:
      return textField(q, ctx, nested);
  }
};
