import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or U/V look-alikes, so a reference read out over the phone is not misheard. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

const group = (): string =>
  Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');

/** A reference such as RJ-7KQM-4XPD: the form's prefix and 8 random characters (29^8 ≈ 5×10^11). */
export const newReference = (prefix: string): string => `${prefix}-${group()}-${group()}`;

export const REFERENCE_PATTERN = new RegExp(
  `^[A-Z]{2,3}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`,
);
