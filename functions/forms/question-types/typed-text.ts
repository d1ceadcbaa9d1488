import type { z } from 'zod/mini';
import type { Html } from '../../html/html.ts';
import type { Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';
import type { JsonSchema, QuestionTypeModule } from './question-type.ts';
import {
  enterMessage,
  type Lines,
  limitedText,
  limitOf,
  normaliseText,
  textAnswer,
  textJsonSchema,
  withCharacterRules,
} from './text-answer.ts';
import { TEXT_BROWSER } from './text-input.ts';

/** What sets one kind of typed answer apart from the others. */
export interface TypedTextKind {
  /** One line (refuses line breaks and hidden characters) or several (keeps line breaks). */
  lines: Lines;
  /** The limit when the question sets none, in characters. */
  defaultMax: number;
  /** Its GOV.UK markup, given the effective limit. */
  render: (q: Question, ctx: FieldContext, nested: boolean, max: number) => Html;
  /** Its schema, given the effective limit; plain limited text when absent. */
  schema?: (q: Question, max: number) => z.ZodMiniType;
  /** What the published JSON Schema adds; the limit and "blank is no answer" when absent. */
  jsonSchema?: (q: Question, generated: JsonSchema, max: number) => JsonSchema;
}

/** A typed answer (text, textarea, email, tel): one text, cleaned the same way, shown as typed. */
export const typedText = (kind: TypedTextKind): QuestionTypeModule => {
  const max = (q: Question) => limitOf(q, kind.defaultMax);
  return {
    multiple: false,
    hasOptions: false,
    browser: TEXT_BROWSER,
    maxLength: max,
    missingMessage: enterMessage,
    schema: (q) => withCharacterRules(q, kind.lines, (kind.schema ?? limitedText)(q, max(q))),
    jsonSchema: (q, generated) =>
      kind.jsonSchema
        ? kind.jsonSchema(q, generated, max(q))
        : textJsonSchema(q, generated, max(q), kind.lines),
    normalise: normaliseText(kind.lines),
    render: (q, ctx, nested) => kind.render(q, ctx, nested, max(q)),
    answerValues: textAnswer,
  };
};
