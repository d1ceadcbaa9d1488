import { isApplicable, questionsOf } from './applicable.ts';
import type { Answers, AnswerValue, Section } from './types.ts';

/** Raw fields as they arrive from JSON or a form post, before validation. */
export type RawFields = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

const cleanText = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  // Form posts send CRLF; store one kind of line break and no surrounding space.
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
};

const cleanValue = (value: unknown, multiple: boolean): unknown => {
  if (multiple) {
    const picked = new Set(asList(value).map(cleanText));
    picked.delete(undefined);
    return picked.size === 0 ? undefined : [...picked];
  }
  // A single-answer field sent twice (e.g. a crafted post) keeps its first value for validation.
  return cleanText(Array.isArray(value) ? value[0] : value);
};

/**
 * Turns raw fields into answers ready for the schema: empty answers removed, checkboxes always
 * lists, unknown keys dropped, and follow-ups whose condition does not hold discarded, so no
 * answer to a question the person was never asked is stored.
 */
export const normaliseAnswers = (sections: Section[], raw: RawFields): Record<string, unknown> => {
  const answers: Record<string, unknown> = {};
  for (const q of questionsOf(sections)) {
    if (!Object.hasOwn(raw, q.id)) continue;
    const value = cleanValue(raw[q.id], q.type === 'checkboxes');
    if (value !== undefined) answers[q.id] = value;
  }
  for (const q of questionsOf(sections)) {
    if (!isApplicable(q, answers as Answers)) delete answers[q.id];
  }
  return answers;
};

export type { AnswerValue };
