import type { z } from 'zod/mini';
import { errorMessageId } from '../../pages/error-summary.ts';
import { attributes, classes, escapeHtml } from '../../pages/escape-html.ts';
import type { FieldContext } from '../../pages/field-context.ts';
import {
  describedBy,
  errorHtml,
  formGroupStart,
  hintHtml,
  hintId,
  legendClass,
} from '../../pages/field-parts.ts';
import { isApplicable } from '../applicable.ts';
import type { Option } from '../option.ts';
import type { Answers, AnswerValue, Question } from '../types.ts';
import type { BrowserHints, QuestionTypeModule } from './question-type.ts';
import { messagesOf } from './text-answer.ts';

/** What radios and checkboxes share: options, their labels and their GOV.UK markup. */

export type ChoiceKind = 'radios' | 'checkboxes';

/** "Select who your landlord is": the message for a missing choice. */
export const selectMessage = (q: Question): string => messagesOf(q).select(q.errorName);

export const optionValues = (q: Question): [string, ...string[]] => {
  const values = (q.options ?? []).map((o) => o.value);
  if (values.length === 0) throw new Error(`Question ${q.id} needs options`);
  return values as [string, ...string[]];
};

/** Options are shown by their labels; a value no longer offered (an older form) as it was stored. */
export const choiceAnswer = (q: Question, value: AnswerValue): string[] => {
  const label = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
  return (Array.isArray(value) ? value : [value]).map(label);
};

const pickedValues = (value: Answers[string] | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

/** The id of an option's input: the first is the question id, so error links always find it. */
export const optionId = (q: Question, index: number): string => (index === 0 ? q.id : `${q.id}-${index + 1}`);

interface ChoiceDrawing {
  q: Question;
  ctx: FieldContext;
  kind: ChoiceKind;
  picked: string[];
}

const conditional = (
  { kind, ctx }: ChoiceDrawing,
  id: string,
  questions: Question[],
  visible: boolean,
  shared: boolean,
): string =>
  `<div${attributes({
    class: classes(`govuk-${kind}__conditional`, !visible && `govuk-${kind}__conditional--hidden`),
    id,
    'data-follow-ups': shared,
  })}>
${questions.map((f) => ctx.renderFollowUp(f)).join('\n')}
</div>`;

const optionItem = ({ q, kind, picked }: ChoiceDrawing, option: Option, index: number, reveals: boolean) => {
  const id = optionId(q, index);
  return `<div class="govuk-${kind}__item">
<input${attributes({
    class: `govuk-${kind}__input`,
    id,
    name: q.id,
    type: kind === 'radios' ? 'radio' : 'checkbox',
    value: option.value,
    checked: picked.includes(option.value),
    // Checkboxes: GOV.UK's script promotes this to aria-controls and keeps aria-expanded in step.
    // Radios: the site's script reveals, and aria-expanded is left off (not allowed on a radio).
    'data-aria-controls': reveals && kind === 'checkboxes' ? `conditional-${id}` : undefined,
    'aria-controls': reveals && kind === 'radios' ? `conditional-${id}` : undefined,
    'data-behaviour': option.exclusive ? 'exclusive' : undefined,
    'aria-describedby': option.hint ? `${id}-item-hint` : undefined,
  })}>
<label class="govuk-label govuk-${kind}__label" for="${escapeHtml(id)}">${escapeHtml(option.label)}</label>
${option.hint ? `<div id="${escapeHtml(id)}-item-hint" class="govuk-hint govuk-${kind}__hint">${escapeHtml(option.hint)}</div>\n` : ''}</div>`;
};

/**
 * The options, with follow-ups. Follow-ups that belong to exactly one option are GOV.UK
 * conditional reveals under that option. When a follow-up belongs to several options (a phone
 * number for "phone call", "voicemail" or "text"), all of the question's follow-ups go in one
 * block after the options, each shown when it applies, so nothing is asked twice and they keep
 * their order.
 */
const optionItems = (drawing: ChoiceDrawing): string[] => {
  const { q, ctx, picked } = drawing;
  const followUps = ctx.followUps.get(q.id) ?? [];
  const perOption = followUps.every((f) => f.showIf?.oneOf.length === 1);
  const options = q.options ?? [];
  const sharedBlock =
    !perOption && followUps.length > 0
      ? conditional(
          drawing,
          `conditional-${q.id}`,
          followUps,
          followUps.some((f) => isApplicable(f, ctx.answers)),
          true,
        )
      : '';
  const firstExclusive = options.findIndex((o) => o.exclusive);
  const items: string[] = [];
  options.forEach((option, index) => {
    const mine = perOption ? followUps.filter((f) => f.showIf?.oneOf[0] === option.value) : [];
    if (index === firstExclusive) {
      if (sharedBlock) items.push(sharedBlock);
      items.push(`<div class="govuk-${drawing.kind}__divider">${messagesOf(q).or}</div>`);
    }
    items.push(optionItem(drawing, option, index, mine.length > 0));
    if (mine.length > 0) {
      const id = `conditional-${optionId(q, index)}`;
      items.push(conditional(drawing, id, mine, picked.includes(option.value), false));
    }
  });
  if (sharedBlock && firstExclusive === -1) items.push(sharedBlock);
  return items;
};

/** Radios or checkboxes in a fieldset, with their follow-ups nested where they belong. */
export const renderChoice = (
  q: Question,
  ctx: FieldContext,
  nested: boolean,
  kind: ChoiceKind,
  browser: BrowserHints,
): string => {
  const error = ctx.errors.has(q.id);
  const drawing: ChoiceDrawing = { q, ctx, kind, picked: pickedValues(ctx.answers[q.id]) };
  return `${formGroupStart(q, ctx, { browser, missingMessage: selectMessage(q) })}<fieldset${attributes({
    class: 'govuk-fieldset',
    'aria-describedby': describedBy(q.hint && hintId(q), error && errorMessageId(q.id)),
  })}>
<legend class="${legendClass(nested)}">${escapeHtml(q.label)}</legend>
${hintHtml(q)}${errorHtml(q, ctx)}<div class="govuk-${kind}"${kind === 'checkboxes' ? ' data-module="govuk-checkboxes"' : ''}>
${optionItems(drawing).join('\n')}
</div>
</fieldset>
</div>`;
};

/** What sets radios and checkboxes apart. */
export interface ChoiceKindSpec {
  kind: ChoiceKind;
  schema: (q: Question) => z.ZodMiniType;
  normalise: QuestionTypeModule['normalise'];
  jsonSchema: QuestionTypeModule['jsonSchema'];
}

/** A question answered by choosing options, shown by their labels, with follow-ups under them. */
export const choiceType = (spec: ChoiceKindSpec): QuestionTypeModule => {
  const browser: BrowserHints = { collect: spec.kind === 'radios' ? 'one' : 'many', display: 'label' };
  return {
    multiple: spec.kind === 'checkboxes',
    hasOptions: true,
    browser,
    maxLength: () => undefined,
    missingMessage: selectMessage,
    schema: spec.schema,
    jsonSchema: spec.jsonSchema,
    normalise: spec.normalise,
    render: (q, ctx, nested) => renderChoice(q, ctx, nested, spec.kind, browser),
    answerValues: choiceAnswer,
  };
};
