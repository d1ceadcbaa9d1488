import * as z from 'zod/mini';
import type { Question } from '../types.ts';
import type { QuestionTypeModule } from './question-type.ts';
import { enterMessage, limitOf, normaliseText, textAnswer, tooLongMessage } from './text-answer.ts';
import { renderTextInput, TEXT_BROWSER } from './text-input.ts';

const max = (q: Question) => limitOf(q, 254);

/** An email address, checked for its format (zod's own pattern, published in the JSON Schema). */
export const email: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: TEXT_BROWSER,
  maxLength: max,
  missingMessage: enterMessage,
  schema: (q) =>
    z
      .email({
        error: (issue) =>
          issue.input === undefined
            ? enterMessage(q)
            : 'Enter an email address in the correct format, like name@example.com',
      })
      .check(z.maxLength(max(q), tooLongMessage(q, max(q)))),
  // zod publishes the format and the limit itself.
  jsonSchema: (_q, generated) => generated,
  normalise: normaliseText,
  render: (q, ctx, nested) => renderTextInput(q, ctx, nested, 'email', max(q)),
  answerValues: textAnswer,
};
