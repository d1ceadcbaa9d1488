import { createHmac } from 'node:crypto';

/**
 * A keyed hash (HMAC-SHA256) of some text for one purpose. Unlike a plain hash, nobody without the
 * key can test guesses against it: an IP address, an email address or a short answer has few
 * enough possible values that a plain SHA-256 of it can be reversed by trying them all. The
 * purpose keeps hashes made for one use from matching those made for another.
 */
export const keyedHash = (key: Buffer, purpose: string, text: string): string =>
  createHmac('sha256', key).update(`${purpose}:${text}`).digest('hex');
