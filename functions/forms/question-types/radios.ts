import * as z from 'zod/mini';
import { choiceAnswer, optionValues, renderChoice, selectMessage } from './choice.ts';
import type { BrowserHints, QuestionTypeModule } from './question-type.ts';
import { normaliseText } from './text-answer.ts';

const BROWSER: BrowserHints = { collect: 'one', display: 'label' };

/** One choice from a short list. */
export const radios: QuestionTypeModule = {
  multiple: false,
  hasOptions: true,
  browser: BROWSER,
  maxLength: () => undefined,
  missingMessage: selectMessage,
  schema: (q) => z.enum(optionValues(q), { error: () => selectMessage(q) }),
  // zod publishes the enum itself.
  jsonSchema: (_q, generated) => generated,
  normalise: normaliseText,
  render: (q, ctx, nested) => renderChoice(q, ctx, nested, 'radios', BROWSER),
  answerValues: choiceAnswer,
};
