import * as z from 'zod/mini';
import { govukErrorMessage } from '../../govuk/error-message.ts';
import { govukFieldset } from '../../govuk/fieldset.ts';
import { formGroup } from '../../govuk/form-group.ts';
import { govukHint } from '../../govuk/hint.ts';
import { govukInput } from '../../govuk/input.ts';
import { classes, type Html, html } from '../../html/html.ts';
import { isDay } from '../../time/london.ts';
import { dayName } from '../../time/times.ts';
import type { AnswerValue, Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import * as field from './field-parts.ts';
import { type BrowserHints, fieldValue, type QuestionTypeModule, type RawFields } from './question-type.ts';
import { cleanText, enterMessage, messagesOf } from './text-answer.ts';

/**
 * A GOV.UK date input: day, month and year in three boxes, checked by the Design System's rules
 * (must include each part, must be a real date, must be today or in the past) and stored as
 * YYYY-MM-DD. A form post sends the parts as `{id}-day`, `{id}-month` and `{id}-year`; a script or
 * another client sends `{id}` as "YYYY-MM-DD" (the browser script sends "year-month-day" as typed,
 * so the same messages come back). Older records may hold free text here: it is shown as written.
 */

const PARTS = ['day', 'month', 'year'] as const;
type Part = (typeof PARTS)[number];

const BROWSER: BrowserHints = { collect: 'parts', display: 'date' };
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The name a part's input posts under. */
export const partName = (q: Question, part: Part): string => `${q.id}-${part}`;

/** The day box has the question's own id, so the error summary's link finds the date. */
const partId = (q: Question, part: Part): string => (part === 'day' ? q.id : partName(q, part));

const partText = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
};

/** The parts as given: "2026-3-7" (as a script sends it) or the three posted fields. */
const partsOf = (value: string): Record<Part, string> | undefined => {
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : undefined;
};

/**
 * The date as given: "YYYY-MM-DD" when it makes a real date (however it was typed), otherwise the
 * parts as typed ("year-month-day"), which the schema then explains.
 */
const normalise = (q: Question, raw: RawFields): unknown => {
  const whole = fieldValue(raw, q.id);
  const text =
    whole !== undefined
      ? cleanText(Array.isArray(whole) ? whole[0] : whole, 'one')
      : ((parts) => (parts.some(Boolean) ? `${parts[2]}-${parts[1]}-${parts[0]}` : undefined))(
          PARTS.map((part) => partText(fieldValue(raw, partName(q, part)))),
        );
  if (typeof text !== 'string') return text;
  const parts = partsOf(text);
  return (parts && isoOf(parts)) ?? text;
};

/** "3", "03", "March" or "mar" all mean March; anything else is not a month. */
const monthNumber = (text: string): number | undefined => {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const name = text.toLowerCase();
  const index = name.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(name)) : -1;
  return index === -1 ? undefined : index + 1;
};

/** The date as YYYY-MM-DD, or undefined when the parts make no real date. */
const isoOf = (parts: Record<Part, string>): string | undefined => {
  const month = monthNumber(parts.month);
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{4}$/.test(parts.year) || month === undefined) return undefined;
  const iso = `${parts.year}-${String(month).padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  return isDay(iso) && Number(parts.year) >= 1900 ? iso : undefined;
};

/**
 * The first problem with a date's shape, in the Design System's words: missing parts or not a
 * real date. Whether it is in the future depends on the day, which the caller gives (futureProblem).
 */
export const shapeProblem = (q: Question, text: string): string | undefined => {
  const say = messagesOf(q);
  const parts = partsOf(text);
  if (!parts) return say.realDate(q.errorName);
  const missing = PARTS.filter((part) => parts[part] === '');
  if (missing.length === PARTS.length) return enterMessage(q);
  if (missing.length > 0) return say.dateIncludes(q.errorName, missing);
  return isoOf(parts) ? undefined : say.realDate(q.errorName);
};

/**
 * "Must be today or in the past", counted in London days: `today` is the London day of the
 * service's clock (time/london.ts), never the machine's, so a report made late in the evening is
 * not "in the future" and a test sets the day it means.
 */
const futureProblem = (q: Question, value: unknown, today: string): string | undefined => {
  const parts = typeof value === 'string' ? partsOf(value) : undefined;
  const iso = parts && isoOf(parts);
  return iso !== undefined && iso > today ? messagesOf(q).todayOrPast(q.errorName) : undefined;
};

/** The first problem with a date given on `today` (a London day), or undefined when it is fine. */
export const dateProblem = (q: Question, text: string, today: string): string | undefined =>
  shapeProblem(q, text) ?? futureProblem(q, text, today);

// Normalising has made a real date YYYY-MM-DD already: the schema only says what is wrong with
// its shape; the day it is checked against comes with each submission (problemOn).
const schema = (q: Question) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? enterMessage(q) : messagesOf(q).realDate(q.errorName)),
    })
    .check(
      z.superRefine((text, ctx) => {
        const problem = shapeProblem(q, text);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
      }),
    );

/** What the boxes show: the parts as posted, or the parts of a date already given. */
const shownParts = (q: Question, ctx: FieldContext): Record<Part, string> => {
  const posted = PARTS.map((part) => partText(ctx.answers[partName(q, part)]));
  if (posted.some(Boolean)) return { day: posted[0] ?? '', month: posted[1] ?? '', year: posted[2] ?? '' };
  const given = partText(ctx.answers[q.id]);
  const parts = given ? partsOf(given) : undefined;
  if (!parts) return { day: '', month: '', year: '' };
  // Stored dates are zero-padded; people type "7", not "07".
  return { ...parts, day: parts.day.replace(/^0(?=\d)/, ''), month: parts.month.replace(/^0(?=\d)/, '') };
};

/**
 * govukDateInput's markup, composed from its parts so that the hint and error keep the
 * question's ids (`{id}-hint`, `{id}-error`, as every other question's) while the day box has
 * the question's own id for the error summary's link.
 */
const render = (q: Question, ctx: FieldContext, nested: boolean): Html => {
  const error = field.errorOf(q, ctx);
  const shown = shownParts(q, ctx);
  // The Design System's rule: mark the boxes that are missing, or all of them.
  const empty = PARTS.filter((part) => shown[part] === '');
  const marked = (part: Part) =>
    error !== undefined && (empty.length === 0 || empty.length === 3 || empty.includes(part));
  const box = (part: Part) => html`<div class="govuk-date-input__item">
${govukInput({
  label: { text: messagesOf(q).partNames[part], classes: 'govuk-date-input__label' },
  id: partId(q, part),
  name: partName(q, part),
  classes: classes(
    'govuk-date-input__input',
    marked(part) && 'govuk-input--error',
    part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
  ),
  type: 'text',
  inputmode: 'numeric',
  value: shown[part],
  attributes: { 'data-part': part },
})}
</div>`;
  const hint = field.hintOf(q);
  const describedBy = [hint && `${q.id}-hint`, error && field.errorMessageId(q.id)].filter(Boolean).join(' ');
  return formGroup(
    {
      formGroup: field.formGroupOf(q, ctx, { browser: BROWSER, missingMessage: enterMessage(q) }),
      errorMessage: error,
    },
    govukFieldset({
      role: 'group',
      describedBy,
      legend: { text: q.label, classes: field.legendClass(nested) },
      html: html`${hint ? govukHint({ ...hint, id: `${q.id}-hint` }) : ''}
${error ? govukErrorMessage({ ...error, id: field.errorMessageId(q.id) }) : ''}
<div class="govuk-date-input" id="${q.id}-input">
${PARTS.map(box)}
</div>`,
    }),
  );
};

/** "7 March 2026"; an answer from before this was a date (free text) as it was written. */
const answerValues = (_q: Question, value: AnswerValue): string[] =>
  (Array.isArray(value) ? value : [value]).map((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? dayName(v) : v));

export const date: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: BROWSER,
  maxLength: () => undefined,
  missingMessage: enterMessage,
  schema,
  // JSON Schema cannot say "in the past"; the description does, and the handler checks it.
  jsonSchema: (_q, generated) => ({
    ...generated,
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: [generated.description, 'A real date, today or in the past, as YYYY-MM-DD.']
      .filter(Boolean)
      .join(' '),
  }),
  normalise,
  problemOn: futureProblem,
  render,
  answerValues,
};
