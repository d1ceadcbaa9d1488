import type { FindKind } from './kinds.ts';

/**
 * One normal form for each kind, used both when a submission is saved and when staff search, so
 * "07700 900 123" finds "+44 7700900123" and "Sam  SMITH" finds "sam smith". Exact after this: no
 * fuzzy matching (a keyed hash can only be matched whole).
 */

/** A UK postcode (outward and inward code), with or without its space: M1 2AB, SW1A 1AA, B33 8TH. */
const POSTCODE = /\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b/;

const collapse = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** Lower case, one space between words. */
export const normaliseName = (text: string): string => collapse(text).toLowerCase();

/** Trimmed and lower case (the part before @ is case-insensitive in practice everywhere). */
export const normaliseEmail = (text: string): string => collapse(text).replace(/\s/g, '').toLowerCase();

/**
 * Digits only, with a UK number written one way: +44, 0044 and +44 (0) become the leading 0.
 * Other countries keep their + and code. Undefined when it is not a phone number (too few digits,
 * or letters).
 */
export const normalisePhone = (text: string): string | undefined => {
  const compact = collapse(text).replace(/[\s().\-/]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return undefined;
  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : undefined;
  let number: string;
  if (international === undefined) number = compact;
  else if (international.startsWith('44')) number = `0${international.slice(2).replace(/^0/, '')}`;
  else number = `+${international}`;
  const digits = number.replace('+', '').length;
  return digits >= 7 && digits <= 15 ? number : undefined;
};

/** The first UK postcode in some text (an address, an area), upper case without its space. */
export const postcodeIn = (text: string): string | undefined => {
  const found = POSTCODE.exec(collapse(text).toUpperCase());
  return found ? `${found[1]}${found[2]}` : undefined;
};

/** Text that is a postcode and nothing else, upper case without its space. */
export const normalisePostcode = (text: string): string | undefined => {
  const whole = collapse(text).toUpperCase();
  const found = postcodeIn(whole);
  return found && whole.replace(/\s/g, '') === found ? found : undefined;
};

/** An answer (or a search) in its kind's normal form; undefined when there is nothing to match. */
export const normalise = (kind: FindKind, text: string): string | undefined => {
  switch (kind) {
    case 'name': {
      const name = normaliseName(text);
      return name === '' ? undefined : name;
    }
    case 'email': {
      const email = normaliseEmail(text);
      return email.includes('@') ? email : undefined;
    }
    case 'phone':
      return normalisePhone(text);
    case 'postcode':
      return postcodeIn(text);
  }
};
