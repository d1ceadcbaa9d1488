/**
 * Which characters a typed answer may hold, in one home for every typed question type. A
 * submitter must not be able to make their answer look like something the service wrote: a line
 * break in a one-line answer fakes another question in the team's email, and bidirectional or
 * invisible formatting characters reorder or hide text.
 *
 * Hidden means control characters (Unicode Cc), format characters (Cf) and the line and paragraph
 * separators, except the zero-width joiner and non-joiner (U+200C, U+200D): Persian, Arabic and
 * Indic scripts need them to write words correctly, and emoji sequences use them. They cannot
 * reorder text.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const JOINERS = new Set(['\u200c', '\u200d']);
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\v\f]/;

const isHidden = (ch: string): boolean => HIDDEN.test(ch) && !JOINERS.has(ch);

/**
 * The same rules for the published JSON Schema (patterns are matched with the u flag, as JSON
 * Schema's ECMA-262 patterns are by validators that support Unicode). A client that follows the
 * schema sends nothing the handler refuses: one-line answers hold no hidden character or lone
 * surrogate, multi-line answers no lone surrogate, and a required answer something visible.
 */
const VISIBLE_OR_JOINER = String.raw`(?:[^\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]|[\u200c\u200d])`;
const SHOWS_SOMETHING = String.raw`(?=[\s\S]*(?:[^\s\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]|[\u200c\u200d]))`;

export const characterPattern = (lines: 'one' | 'many', required: boolean): string =>
  `^${required ? SHOWS_SOMETHING : ''}${lines === 'one' ? `${VISIBLE_OR_JOINER}*` : String.raw`[^\p{Cs}]*`}$`;

/** Tabs become spaces: pasting from a table should not make an answer wrong. */
const untab = (text: string): string => text.replace(/\t/g, ' ');

/** A one-line answer as cleaned before it is checked: tabs as spaces, nothing removed. */
export const cleanOneLine = (text: string): string => untab(text);

/**
 * A multi-line answer keeps its line breaks (one kind: \n) and loses every other hidden
 * character: there is nothing to ask the person to fix, since they cannot see them.
 */
export const cleanManyLines = (text: string): string =>
  untab(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')).replace(HIDDEN_ALL, (ch) =>
    ch === '\n' || JOINERS.has(ch) ? ch : '',
  );

/** What is wrong with a one-line answer's characters, if anything. */
export type OneLineProblem = 'line-break' | 'hidden';

export const oneLineProblem = (text: string): OneLineProblem | undefined => {
  if (LINE_BREAK.test(text)) return 'line-break';
  return [...text].some(isHidden) ? 'hidden' : undefined;
};

/**
 * A lone half of a surrogate pair is no character at all: it cannot be stored as UTF-8 or shown,
 * so an answer holding one is refused rather than silently changed.
 */
export const isReadable = (text: string): boolean => !LONE_SURROGATE.test(text);

// Without the u flag the pattern sees UTF-16 units, so it can find a half without its pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
