import * as z from 'zod/mini';
import { choiceType, optionValues, selectMessage } from './choice.ts';
import { normaliseText } from './text-answer.ts';

/** One choice from a short list. */
export const radios = choiceType({
  kind: 'radios',
  schema: (q) => z.enum(optionValues(q), { error: () => selectMessage(q) }),
  normalise: normaliseText('one'),
  // zod publishes the enum itself.
  jsonSchema: (_q, generated) => generated,
});
