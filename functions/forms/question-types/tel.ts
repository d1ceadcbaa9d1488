import * as z from 'zod/mini';
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

/**
 * 7 to 20 characters of digits, spaces, +, brackets and dashes, starting and ending with neither
 * space nor dash. No line breaks: normalising CRLF to LF would shorten the text after the
 * published schema had allowed it.
 */
export const UK_PHONE = /^[0-9+(](?:[0-9+()-]|[^\S\r\n]){5,18}[0-9)]$/;

const max = (q: Question) => limitOf(q, 20);

/** A telephone number, UK or international. */
export const tel: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: TEXT_BROWSER,
  maxLength: max,
  missingMessage: enterMessage,
  schema: (q) =>
    limitedText(q, max(q)).check(
      z.regex(UK_PHONE, {
        error: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
      }),
    ),
  jsonSchema: (q, generated) => textJsonSchema(q, generated, max(q)),
  normalise: normaliseText,
  render: (q, ctx, nested) => renderTextInput(q, ctx, nested, 'tel', max(q)),
  answerValues: textAnswer,
};
