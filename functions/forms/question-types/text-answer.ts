import * as z from 'zod/mini';
import type { AnswerValue, Question } from '../types.ts';
import { sentence } from '../words.ts';
import { characterPattern, cleanManyLines, cleanOneLine, isReadable, oneLineProblem } from './characters.ts';
import { fieldValue, type JsonSchema, type RawFields } from './question-type.ts';

/** What free-text questions of every kind share: cleaning, the length limit and the messages. */

/** "Enter your name": the message for a missing typed answer. */
export const enterMessage = (q: Question): string => `Enter ${q.errorName}`;

/** The question's own limit, or the kind's default. */
export const limitOf = (q: Question, fallback: number): number => q.maxLength ?? fallback;

/** Whether a typed answer is one line (names, numbers) or may run over several. */
export type Lines = 'one' | 'many';

/**
 * Form posts send CRLF; a multi-line answer keeps one kind of line break and loses characters
 * nobody can see, a one-line answer is checked as typed (see characters.ts). No surrounding space.
 */
export const cleanText = (value: unknown, lines: Lines): unknown => {
  if (typeof value !== 'string') return value;
  const text = (lines === 'many' ? cleanManyLines(value) : cleanOneLine(value)).trim();
  return text === '' ? undefined : text;
};

/** A single-answer field sent twice (e.g. a crafted post) keeps its first value for validation. */
export const normaliseText =
  (lines: Lines) =>
  (q: Question, raw: RawFields): unknown => {
    const value = fieldValue(raw, q.id);
    return cleanText(Array.isArray(value) ? value[0] : value, lines);
  };

/** The messages for characters a typed answer may not hold. */
const characterMessages = (q: Question) => ({
  'line-break': `${sentence(q.errorName)} must be on one line`,
  hidden: `${sentence(q.errorName)} must not include hidden formatting characters – try typing it rather than pasting it`,
  unreadable: `${sentence(q.errorName)} includes a character that cannot be read – try typing it again`,
});

/**
 * Adds the character rules to a typed answer's schema: every answer must be readable text, and a
 * one-line answer may hold no line break or hidden character.
 */
export const withCharacterRules = <S extends z.ZodMiniType<unknown, unknown>>(
  q: Question,
  lines: Lines,
  schema: S,
): S => {
  const messages = characterMessages(q);
  const readable = schema.check(
    z.refine((text) => typeof text !== 'string' || isReadable(text), { error: messages.unreadable }),
  );
  if (lines === 'many') return readable;
  return readable.check(
    z.superRefine((text, ctx) => {
      const problem = typeof text === 'string' && isReadable(text) ? oneLineProblem(text) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: messages[problem], input: text });
    }),
  );
};

export const tooLongMessage = (q: Question, max: number) => ({
  error: `${sentence(q.errorName)} must be ${max} characters or fewer`,
});

/**
 * A string of at most `max` characters, counted as people (and JSON Schema's maxLength) count
 * them, not UTF-16 units.
 */
export const limitedText = (q: Question, max: number) =>
  z
    .string({ error: () => enterMessage(q) })
    .check(z.refine((text) => [...text].length <= max, tooLongMessage(q, max)));

/**
 * The published limit and the character rules; for required answers, that blank text is no
 * answer. A kind with its own pattern (a telephone number) keeps it.
 */
export const textJsonSchema = (q: Question, generated: JsonSchema, max: number, lines: Lines): JsonSchema => {
  const characters = generated.pattern ? {} : { pattern: characterPattern(lines, q.required) };
  return { ...generated, maxLength: max, ...(q.required ? { minLength: 1 } : {}), ...characters };
};

/** Typed answers are shown as typed. */
export const textAnswer = (_q: Question, value: AnswerValue): string[] =>
  Array.isArray(value) ? value : [value];
