import * as z from 'zod/mini';
import { enterMessage, tooLongMessage } from './text-answer.ts';
import { renderTextInput } from './text-input.ts';
import { typedText } from './typed-text.ts';

const FORMAT = 'Enter an email address in the correct format, like name@example.com';

/** An email address, checked for its format (zod's own pattern, published in the JSON Schema). */
export const email = typedText({
  lines: 'one',
  defaultMax: 254,
  schema: (q, max) =>
    z
      .email({ error: (issue) => (issue.input === undefined ? enterMessage(q) : FORMAT) })
      .check(z.maxLength(max, tooLongMessage(q, max))),
  // zod publishes the format and the limit itself.
  jsonSchema: (_q, generated) => generated,
  render: (q, ctx, nested, max) => renderTextInput(q, ctx, nested, 'email', max),
});
