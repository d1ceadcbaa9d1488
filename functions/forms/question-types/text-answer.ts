import * as z from 'zod/mini';
import { MESSAGES, type MessageTemplates } from '../../i18n/messages.ts';
import type { AnswerValue, Question } from '../types.ts';
import { fieldValue, type JsonSchema, type RawFields } from './question-type.ts';

/** What free-text questions of every kind share: cleaning, the length limit and the messages. */

/** The message templates in the question's own language. */
export const messagesOf = (q: Question): MessageTemplates => MESSAGES[q.language ?? 'en'];

/** "Enter your name": the message for a missing typed answer. */
export const enterMessage = (q: Question): string => messagesOf(q).enter(q.errorName);

/** The question's own limit, or the kind's default. */
export const limitOf = (q: Question, fallback: number): number => q.maxLength ?? fallback;

/** Form posts send CRLF; store one kind of line break and no surrounding space. */
export const cleanText = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
};

/** A single-answer field sent twice (e.g. a crafted post) keeps its first value for validation. */
export const normaliseText = (q: Question, raw: RawFields): unknown => {
  const value = fieldValue(raw, q.id);
  return cleanText(Array.isArray(value) ? value[0] : value);
};

export const tooLongMessage = (q: Question, max: number) => ({
  error: messagesOf(q).tooLong(q.errorName, max),
});

/**
 * A string of at most `max` characters, counted as people (and JSON Schema's maxLength) count
 * them, not UTF-16 units.
 */
export const limitedText = (q: Question, max: number) =>
  z
    .string({ error: () => enterMessage(q) })
    .check(z.refine((text) => [...text].length <= max, tooLongMessage(q, max)));

/** The published limit, and for required answers that blank text is no answer. */
export const textJsonSchema = (q: Question, generated: JsonSchema, max: number): JsonSchema => {
  const blankIsNoAnswer = q.required && !generated.pattern ? { minLength: 1, pattern: '\\S' } : {};
  return { ...generated, maxLength: max, ...blankIsNoAnswer };
};

/** Typed answers are shown as typed. */
export const textAnswer = (_q: Question, value: AnswerValue): string[] =>
  Array.isArray(value) ? value : [value];
