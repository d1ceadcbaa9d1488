import type { z } from 'zod/mini';
import { govukCheckboxes } from '../../govuk/checkboxes.ts';
import type { ChoiceEntry, ChoiceItem, ChoicesParams } from '../../govuk/choices.ts';
import { govukRadios } from '../../govuk/radios.ts';
import { attributes, classes, type Html, html } from '../../html/html.ts';
import { isApplicable } from '../applicable.ts';
import type { Option } from '../option.ts';
import type { Answers, AnswerValue, Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import * as field from './field-parts.ts';
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

const followUpsHtml = (ctx: FieldContext, questions: Question[]): Html =>
  html`${questions.map((f) => html`${ctx.renderFollowUp(f)}\n`)}`;

/**
 * The block of follow-ups shared by several options (not in govuk-frontend's macro): drawn like
 * a conditional reveal, shown while any of its questions applies.
 */
const sharedBlock = ({ q, ctx, kind }: ChoiceDrawing, followUps: Question[]): Html => {
  const visible = followUps.some((f) => isApplicable(f, ctx.answers));
  return html`<div${attributes({
    class: classes(`govuk-${kind}__conditional`, !visible && `govuk-${kind}__conditional--hidden`),
    id: `conditional-${q.id}`,
    'data-follow-ups': true,
  })}>
${followUpsHtml(ctx, followUps)}</div>`;
};

const optionItem = (
  { q, kind, ctx, picked }: ChoiceDrawing,
  option: Option,
  index: number,
  mine: Question[],
): ChoiceItem & { behaviour?: 'exclusive' } => {
  const id = optionId(q, index);
  const reveals = mine.length > 0;
  return {
    id,
    value: option.value,
    text: option.label,
    checked: picked.includes(option.value),
    hint: option.hint ? { text: option.hint } : undefined,
    conditional: reveals ? { html: followUpsHtml(ctx, mine) } : undefined,
    // Radios: the site's script reveals (GOV.UK's radios script would add aria-expanded, not
    // allowed on a radio), reading aria-controls; checkboxes: GOV.UK's script promotes
    // data-aria-controls itself.
    attributes:
      kind === 'radios'
        ? {
            'aria-controls': { value: reveals ? `conditional-${id}` : undefined, optional: true },
            'data-behaviour': { value: option.exclusive ? 'exclusive' : undefined, optional: true },
          }
        : undefined,
    behaviour: kind === 'checkboxes' && option.exclusive ? 'exclusive' : undefined,
  };
};

/**
 * The options, with follow-ups. Follow-ups that belong to exactly one option are GOV.UK
 * conditional reveals under that option. When a follow-up belongs to several options (a phone
 * number for "phone call", "voicemail" or "text"), all of the question's follow-ups go in one
 * block after the options, each shown when it applies, so nothing is asked twice and they keep
 * their order.
 */
const optionItems = (drawing: ChoiceDrawing): ChoiceEntry<ChoiceItem>[] => {
  const { q, ctx } = drawing;
  const followUps = ctx.followUps.get(q.id) ?? [];
  const perOption = followUps.every((f) => f.showIf?.oneOf.length === 1);
  const options = q.options ?? [];
  const shared = !perOption && followUps.length > 0 ? sharedBlock(drawing, followUps) : undefined;
  const firstExclusive = options.findIndex((o) => o.exclusive);
  const items: ChoiceEntry<ChoiceItem>[] = [];
  options.forEach((option, index) => {
    const mine = perOption ? followUps.filter((f) => f.showIf?.oneOf[0] === option.value) : [];
    if (index === firstExclusive) {
      if (shared) items.push({ between: shared });
      items.push({ divider: messagesOf(q).or });
    }
    items.push(optionItem(drawing, option, index, mine));
  });
  if (shared && firstExclusive === -1) items.push({ between: shared });
  return items;
};

/** Radios or checkboxes in a fieldset, with their follow-ups nested where they belong. */
export const renderChoice = (
  q: Question,
  ctx: FieldContext,
  nested: boolean,
  kind: ChoiceKind,
  browser: BrowserHints,
): Html => {
  const picked = pickedValues(ctx.answers[q.id]);
  const params: ChoicesParams<ChoiceItem> = {
    name: q.id,
    idPrefix: q.id,
    fieldset: { legend: { text: q.label, classes: field.legendClass(nested) } },
    hint: field.hintOf(q),
    errorMessage: field.errorOf(q, ctx),
    formGroup: field.formGroupOf(q, ctx, { browser, missingMessage: selectMessage(q) }),
    items: optionItems({ q, ctx, kind, picked }),
  };
  return kind === 'radios' ? govukRadios(params) : govukCheckboxes(params);
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
