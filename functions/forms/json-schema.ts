import * as z from 'zod';
import { questionsOf } from './applicable.ts';
import { META_FIELDS } from './meta-fields.ts';
import type { FormDefinition } from './types.ts';

type JsonSchema = Record<string, unknown>;

/**
 * The form's JSON Schema for other clients: zod's own output, plus if/then rules for follow-up
 * questions (zod cannot express "required when another answer is X"), so a client that follows
 * the schema alone sends what the handler accepts.
 */
export const publishedSchema = (form: FormDefinition): JsonSchema => {
  const base = z.toJSONSchema(form.schema, { io: 'input' }) as JsonSchema;
  const followUps = questionsOf(form.sections).filter((q) => q.required && q.showIf);
  const rules = followUps.map((q) => {
    const parent = questionsOf(form.sections).find((p) => p.id === q.showIf?.question);
    const oneOf = { enum: q.showIf?.oneOf };
    const condition = parent?.type === 'checkboxes' ? { contains: oneOf } : oneOf;
    return {
      if: { properties: { [q.showIf?.question as string]: condition }, required: [q.showIf?.question] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
      then: { required: [q.id] },
    };
  });
  const properties = base.properties as Record<string, JsonSchema>;
  for (const q of questionsOf(form.sections).filter((q) => q.requireAll)) {
    properties[q.id] = { ...properties[q.id], minItems: q.options?.length, uniqueItems: true };
  }
  properties[META_FIELDS.token] = {
    type: 'string',
    maxLength: 100,
    description:
      'Optional. A random value made once per attempt; sending it again returns the same reference.',
  };
  return {
    ...base,
    title: form.title,
    description: form.description,
    ...(rules.length > 0 ? { allOf: rules } : {}),
  };
};
