import { questionsOf } from './applicable.ts';
import type { FieldError } from './field-error.ts';
import { normaliseAnswers, type RawFields } from './normalise.ts';
import { questionType } from './question-types/index.ts';
import type { Answers, FormDefinition } from './types.ts';

export type { FieldError };

export type Validation = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/**
 * Validates raw fields against a form (or one page's sections and their schema, as at /return/), on `today` (a London day, YYYY-MM-DD, from the caller's
 * clock: a date answer must not be after it). Errors come one per field, in the order the
 * questions are asked, every problem at once: the day's checks run even when other answers have
 * problems.
 */
export const validateAnswers = (
  form: Pick<FormDefinition, 'sections' | 'schema'>,
  raw: RawFields,
  today: string,
): Validation => {
  const normalised = normaliseAnswers(form.sections, raw);
  const result = form.schema.safeParse(normalised);
  const questions = questionsOf(form.sections);
  const firstPerField = new Map<string, string>();
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    if (!firstPerField.has(field)) firstPerField.set(field, issue.message);
  }
  for (const q of questions) {
    if (firstPerField.has(q.id) || normalised[q.id] === undefined) continue;
    const problem = questionType(q).problemOn?.(q, normalised[q.id], today);
    if (problem) firstPerField.set(q.id, problem);
  }
  if (result.success && firstPerField.size === 0) return { ok: true, answers: result.data as Answers };
  const order = questions.map((q) => q.id);
  const errors = [...firstPerField]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, errors };
};
