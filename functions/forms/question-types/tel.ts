import * as z from 'zod/mini';
import { limitedText } from './text-answer.ts';
import { renderTextInput } from './text-input.ts';
import { typedText } from './typed-text.ts';

/**
 * 7 to 20 characters of digits, spaces, +, brackets and dashes, starting and ending with neither
 * space nor dash. No line breaks: normalising CRLF to LF would shorten the text after the
 * published schema had allowed it.
 */
export const UK_PHONE = /^[0-9+(](?:[0-9+()-]|[^\S\r\n]){5,18}[0-9)]$/;

const PHONE_FORMAT = 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192';

/** A telephone number, UK or international. */
export const tel = typedText({
  lines: 'one',
  defaultMax: 20,
  schema: (q, max) => limitedText(q, max).check(z.regex(UK_PHONE, { error: PHONE_FORMAT })),
  render: (q, ctx, nested, max) => renderTextInput(q, ctx, nested, 'tel', max),
});
