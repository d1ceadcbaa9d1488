import { randomInt, timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../security/keyed-hash.ts';

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so nothing read out or typed is
 * mistaken for something else; a typed O is read as 0 and I or L as 1 (normaliseReturnCode).
 */
export const RETURN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A return code such as 7KQM-4XPD-9T2B: 12 random characters, 60 bits, in groups of four to read out. */
export const newReturnCode = (): string =>
  Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => RETURN_CODE_ALPHABET[randomInt(32)]).join(''),
  ).join('-');

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * What a person typed, as the code it stands for: any case, spaces and dashes anywhere, O for 0
 * and I or L for 1. Undefined when it cannot be a code (so it is just wrong, never an error).
 */
export const normaliseReturnCode = (typed: string): string | undefined => {
  if (typed.length > 64) return undefined;
  const plain = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (c) => LOOK_ALIKES[c] ?? c);
  if (plain.length !== GROUPS * GROUP_LENGTH) return undefined;
  return [...plain].every((c) => RETURN_CODE_ALPHABET.includes(c)) ? plain : undefined;
};

/**
 * The keyed hash stored on the record: bound to the reference, so a code is worth nothing with
 * any other, and keyed, so the table alone cannot be searched for it.
 */
export const returnCodeHash = (key: Buffer, reference: string, code: string): string =>
  keyedHash(key, 'return-code', `${reference}:${normaliseReturnCode(code) ?? ''}`);

/** Whether a typed code is the case's, compared in constant time; a case with no code matches nothing. */
export const returnCodeMatches = (
  key: Buffer,
  reference: string,
  typed: string,
  storedHash: string | undefined,
): boolean => {
  const plain = normaliseReturnCode(typed);
  // Hashed even when there is nothing to compare with, so the answer takes the same time.
  const hash = Buffer.from(returnCodeHash(key, reference, plain ?? ''), 'hex');
  if (!plain || !storedHash) return false;
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === hash.length && timingSafeEqual(stored, hash);
};
