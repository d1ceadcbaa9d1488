import { META_FIELDS } from '../forms/meta-fields.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { Answers } from '../forms/types.ts';
import { keyedHash } from '../security/keyed-hash.ts';
import type { IdempotencyKey } from '../storage/submission-store.ts';

/** A page's token protects a day of retries; identical answers without a token, ten minutes of double clicks. */
const TOKEN_WINDOW_SECONDS = 24 * 60 * 60;
const CONTENT_WINDOW_SECONDS = 10 * 60;

const canonical = (answers: Answers): string =>
  JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((k) => [k, answers[k]]),
  );

/**
 * Only keyed hashes are stored (see keyed-hash.ts), never the token, the answers or the address.
 * Without JavaScript a page cannot make a token, so the answers stand in for it: a double click
 * sends the same answers from the same browser. The browser (address and user agent) is part of
 * that hash so two people who give identical answers, as anonymous feedback can be, are never
 * taken for one; the key means the address cannot be recovered from the guard by trying them all.
 */
export const idempotencyKeyFor = (
  fields: RawFields,
  answers: Answers,
  browser: string,
  key: Buffer,
): IdempotencyKey => {
  const token = fields[META_FIELDS.token];
  if (typeof token === 'string' && token.trim() !== '' && token.length <= 100) {
    return { hash: keyedHash(key, 'duplicate-token', token.trim()), windowSeconds: TOKEN_WINDOW_SECONDS };
  }
  return {
    hash: keyedHash(key, 'duplicate-answers', `${browser}:${canonical(answers)}`),
    windowSeconds: CONTENT_WINDOW_SECONDS,
  };
};
