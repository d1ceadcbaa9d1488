import * as z from 'zod/mini';
import type { Question } from '../types.ts';
import { choiceType, optionValues, selectMessage } from './choice.ts';
import { fieldValue, type RawFields } from './question-type.ts';
import { cleanText } from './text-answer.ts';

const schema = (q: Question) => {
  const exclusive = (q.options ?? []).filter((o) => o.exclusive);
  return z
    .array(z.enum(optionValues(q), { error: () => selectMessage(q) }), { error: () => selectMessage(q) })
    .check(
      z.minLength(1, { error: selectMessage(q) }),
      z.refine((picked) => !picked.some((v) => exclusive.some((o) => o.value === v)) || picked.length === 1, {
        error: `Select ${q.errorName}, or select "${exclusive[0]?.label}" on its own`,
      }),
      z.refine((picked) => !q.requireAll || optionValues(q).every((v) => picked.includes(v)), {
        error: selectMessage(q),
      }),
    );
};

/** Always a list, each option once, empty values dropped. */
const normalise = (q: Question, raw: RawFields): unknown => {
  const value = fieldValue(raw, q.id);
  const picked = new Set((Array.isArray(value) ? value : [value]).map((v) => cleanText(v, 'one')));
  picked.delete(undefined);
  return picked.size === 0 ? undefined : [...picked];
};

/** Any number of choices from a list; `requireAll` for declarations that must all be ticked. */
export const checkboxes = choiceType({
  kind: 'checkboxes',
  schema,
  normalise,
  // Every consent ticked, each once: what the refinement checks, in JSON Schema's words.
  jsonSchema: (q, generated) =>
    q.requireAll ? { ...generated, minItems: q.options?.length, uniqueItems: true } : generated,
});
