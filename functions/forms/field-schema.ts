// zod/mini, as everywhere in the function bundles: the same checks at a third of the size.
import * as z from 'zod/mini';
import type { Question } from './types.ts';

/**
 * 7 to 20 characters of digits, spaces, +, brackets and dashes, starting and ending with neither
 * space nor dash. No line breaks: normalising CRLF to LF would shorten the text after the
 * published schema had allowed it.
 */
const UK_PHONE = /^[0-9+(](?:[0-9+()-]|[^\S\r\n]){5,18}[0-9)]$/;
const DEFAULT_MAX = { text: 200, textarea: 5000, email: 254, tel: 20 } as const;

/** Upper-cases the first letter, for messages that start with a question's error name. */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const maxLengthOf = (q: Question): number | undefined =>
  q.type === 'radios' || q.type === 'checkboxes' ? undefined : (q.maxLength ?? DEFAULT_MAX[q.type]);

const optionValues = (q: Question): [string, ...string[]] => {
  const values = (q.options ?? []).map((o) => o.value);
  if (values.length === 0) throw new Error(`Question ${q.id} needs options`);
  return values as [string, ...string[]];
};

/** Message when a required answer is missing, in GOV.UK wording ("Enter …" or "Select …"). */
export const missingMessage = (q: Question): string =>
  q.type === 'radios' || q.type === 'checkboxes' ? `Select ${q.errorName}` : `Enter ${q.errorName}`;

const textSchema = (q: Question) => {
  const max = maxLengthOf(q) ?? DEFAULT_MAX.text;
  const tooLong = { error: `${sentence(q.errorName)} must be ${max} characters or fewer` };
  if (q.type === 'email') {
    return z
      .email({
        error: (issue) =>
          issue.input === undefined
            ? missingMessage(q)
            : 'Enter an email address in the correct format, like name@example.com',
      })
      .check(z.maxLength(max, tooLong));
  }
  // Counted in characters as people (and JSON Schema's maxLength) count them, not UTF-16 units;
  // the published schema gets maxLength from the definition (json-schema.ts).
  const limited = z
    .string({ error: () => missingMessage(q) })
    .check(z.refine((text) => [...text].length <= max, tooLong));
  if (q.type === 'tel') {
    return limited.check(
      z.regex(UK_PHONE, {
        error: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
      }),
    );
  }
  return limited;
};

const checkboxSchema = (q: Question) => {
  const exclusive = (q.options ?? []).filter((o) => o.exclusive).map((o) => o.value);
  return z
    .array(z.enum(optionValues(q), { error: () => `Select ${q.errorName}` }), {
      error: () => missingMessage(q),
    })
    .check(
      z.minLength(1, { error: missingMessage(q) }),
      z.refine((picked) => !picked.some((v) => exclusive.includes(v)) || picked.length === 1, {
        error: `Select ${q.errorName}, or select "${(q.options ?? []).find((o) => o.exclusive)?.label}" on its own`,
      }),
      z.refine((picked) => !q.requireAll || optionValues(q).every((v) => picked.includes(v)), {
        error: `Select ${q.errorName}`,
      }),
    );
};

/** The zod schema for one question's answer, with messages a person understands. */
export const fieldSchema = (q: Question): z.ZodMiniType => {
  switch (q.type) {
    case 'radios':
      return z.enum(optionValues(q), { error: () => missingMessage(q) });
    case 'checkboxes':
      return checkboxSchema(q);
    default:
      return textSchema(q);
  }
};
