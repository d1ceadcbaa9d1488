import * as z from 'zod/mini';
import { questionsOf } from './applicable.ts';
import { META_FIELDS } from './meta-fields.ts';
import { questionType } from './question-types/index.ts';
import type { JsonSchema } from './question-types/question-type.ts';
import type { FormDefinition, Question } from './types.ts';

/** Follow-ups: "if the parent answer is one of these, this question is required". */
const followUpRules = (questions: Question[]): JsonSchema[] =>
  questions
    .filter((q) => q.required && q.showIf)
    .map((q) => {
      const parentId = q.showIf?.question as string;
      const parent = questions.find((p) => p.id === parentId);
      const oneOf = { enum: q.showIf?.oneOf };
      return {
        if: {
          properties: { [parentId]: parent && questionType(parent).multiple ? { contains: oneOf } : oneOf },
          required: [parentId],
        },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
        then: { required: [q.id] },
      };
    });

/** An "or" option such as "Not sure yet" must be ticked on its own. */
const exclusiveRules = (questions: Question[]): JsonSchema[] =>
  questions.flatMap((q) =>
    (q.options ?? [])
      .filter((o) => o.exclusive)
      .map((o) => ({
        if: { properties: { [q.id]: { contains: { enum: [o.value] } } }, required: [q.id] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
        then: { properties: { [q.id]: { maxItems: 1 } } },
      })),
  );

/** What each question's type says beyond zod's output, and the optional submission token. */
const tightenProperties = (properties: Record<string, JsonSchema>, questions: Question[]): void => {
  for (const q of questions) properties[q.id] = questionType(q).jsonSchema(q, properties[q.id] ?? {});
  properties[META_FIELDS.token] = {
    type: 'string',
    maxLength: 100,
    description:
      'Optional. A random value made once per attempt; sending it again returns the same reference.',
  };
};

/**
 * The form's JSON Schema for other clients: zod's own output, plus what zod cannot express (a
 * follow-up required when another answer is X, an option that must stand alone), so a client that
 * follows the schema alone sends what the handler accepts.
 */
export const publishedSchema = (form: FormDefinition): JsonSchema => {
  const base = z.toJSONSchema(form.schema, { io: 'input' }) as JsonSchema;
  const questions = questionsOf(form.sections);
  tightenProperties(base.properties as Record<string, JsonSchema>, questions);
  return {
    ...base,
    title: form.title,
    description: form.description,
    allOf: [...followUpRules(questions), ...exclusiveRules(questions)],
  };
};
