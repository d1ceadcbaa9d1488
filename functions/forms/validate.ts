import { questionsOf } from './applicable.ts';
import type { FieldError } from './field-error.ts';
import { normaliseAnswers, type RawFields } from './normalise.ts';
import type { Answers, FormDefinition } from './types.ts';

export type { FieldError };

export type Validation = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/** Validates raw fields against a form; errors come one per field, in the order the questions are asked. */
export const validateAnswers = (form: FormDefinition, raw: RawFields): Validation => {
  const result = form.schema.safeParse(normaliseAnswers(form.sections, raw));
  if (result.success) return { ok: true, answers: result.data as Answers };
  const order = questionsOf(form.sections).map((q) => q.id);
  const firstPerField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!firstPerField.has(field)) firstPerField.set(field, issue.message);
  }
  const errors = [...firstPerField]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, errors };
};
