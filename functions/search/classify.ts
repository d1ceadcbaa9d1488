import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import type { FindKind } from './kinds.ts';
import { normalise, normaliseEmail, normalisePhone, normalisePostcode } from './normalise.ts';

/** Shorter than this finds too much to be a search; longer than the longest answer it could match. */
export const MIN_SEARCH = 3;
export const MAX_SEARCH = 100;

/** What someone typed in the search box, understood: a reference, or one kind of answer in normal form. */
export type SearchInput =
  | { kind: 'reference'; reference: string }
  | { kind: FindKind; normalised: string }
  | { kind: 'invalid'; message: string };

// Control characters (C0, DEL, C1) and the bidirectional overrides that can disguise text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
export const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The person's words for each problem: what to do, not what went wrong. */
export const SEARCH_MESSAGES = {
  empty: 'Enter a reference, name, phone number, email address or postcode',
  short: `Enter at least ${MIN_SEARCH} characters`,
  long: `Enter ${MAX_SEARCH} characters or fewer`,
  hostile: 'Enter letters, numbers, spaces and punctuation only',
} as const;

/**
 * Which kind of search this is, by its shape alone: a reference (RJ-7KQM-4XPD, any case), an
 * email address (has an @), a phone number (digits with the usual punctuation), a postcode (the
 * whole of it), and otherwise a name.
 */
export const classifySearch = (raw: string | null | undefined): SearchInput => {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'invalid', message: SEARCH_MESSAGES.empty };
  if (HOSTILE.test(text)) return { kind: 'invalid', message: SEARCH_MESSAGES.hostile };
  if (text.length > MAX_SEARCH) return { kind: 'invalid', message: SEARCH_MESSAGES.long };
  if (text.length < MIN_SEARCH) return { kind: 'invalid', message: SEARCH_MESSAGES.short };
  const reference = text.toUpperCase();
  if (REFERENCE_PATTERN.test(reference)) return { kind: 'reference', reference };
  if (text.includes('@')) return { kind: 'email', normalised: normaliseEmail(text) };
  const phone = normalisePhone(text);
  if (phone) return { kind: 'phone', normalised: phone };
  const postcode = normalisePostcode(text);
  if (postcode) return { kind: 'postcode', normalised: postcode };
  const name = normalise('name', text);
  return name ? { kind: 'name', normalised: name } : { kind: 'invalid', message: SEARCH_MESSAGES.empty };
};
