import type { Question } from '../types.ts';
import type { QuestionTypeModule } from './question-type.ts';
import {
  enterMessage,
  limitedText,
  limitOf,
  normaliseText,
  textAnswer,
  textJsonSchema,
} from './text-answer.ts';
import { renderTextInput, TEXT_BROWSER } from './text-input.ts';

const max = (q: Question) => limitOf(q, 200);

/** A short answer on one line: a name, a place, a reference. */
export const text: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: TEXT_BROWSER,
  maxLength: max,
  missingMessage: enterMessage,
  schema: (q) => limitedText(q, max(q)),
  jsonSchema: (q, generated) => textJsonSchema(q, generated, max(q)),
  normalise: normaliseText,
  render: (q, ctx, nested) => renderTextInput(q, ctx, nested, 'text', max(q)),
  answerValues: textAnswer,
};
