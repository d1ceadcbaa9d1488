import { timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../security/keyed-hash.ts';

/**
 * The case an ASB Case Review application was made from (issue 23 item 1): a person signed back in
 * with their code opens the application pre-filled from their case, and the form carries this
 * value back so the application records the case. It is signed with HASH_KEY (the return and
 * submit functions both hold it) and good for a day, so a reference typed into a public post
 * records nothing: only someone who signed in to that case can have sent it.
 */

const PURPOSE = 'case-review-from-case';
/** Long enough to fill the form in at leisure; the application is kept however late it is sent. */
const VALID_SECONDS = 24 * 60 * 60;

const macOf = (key: Buffer, reference: string, until: number): string =>
  keyedHash(key, PURPOSE, `${reference}|${until}`);

/** The value the pre-filled application carries: the case's reference, until when, and their MAC. */
export const signCaseLink = (key: Buffer, reference: string, now: Date): string => {
  const until = Math.floor(now.getTime() / 1000) + VALID_SECONDS;
  return `${reference}.${until}.${macOf(key, reference, until)}`;
};

/** The case's reference when the value is one this service signed and it is still good; else undefined. */
export const verifiedCaseLink = (key: Buffer, value: unknown, now: Date): string | undefined => {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const match = /^([A-Z0-9-]{4,40})\.(\d{1,12})\.([0-9a-f]{64})$/.exec(value);
  if (!match) return undefined;
  const [, reference = '', until = '', mac = ''] = match;
  if (Number(until) < now.getTime() / 1000) return undefined;
  const expected = Buffer.from(macOf(key, reference, Number(until)), 'hex');
  return timingSafeEqual(expected, Buffer.from(mac, 'hex')) ? reference : undefined;
};
