import { randomBytes, timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../security/keyed-hash.ts';
import { UPLOAD_ID } from './object-keys.ts';

const PURPOSE = 'upload-ticket';

/** A new upload id: 16 random bytes, base64url (22 characters). */
export const newUploadId = (): string => randomBytes(16).toString('base64url');

/**
 * The ticket the presign endpoint hands the browser with its upload: the upload id, the form it is
 * for and until when it may be sent, signed with the service's hash key. A submission names its
 * files only by tickets, so nobody can attach an upload they did not start (the id alone is not
 * enough), and the claim at submit (one per id, conditional) stops a ticket being used twice.
 */
export const issueTicket = (key: Buffer, uploadId: string, formId: string, expiresAt: Date): string => {
  const body = `${uploadId}.${formId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${keyedHash(key, PURPOSE, body)}`;
};

export type TicketCheck =
  | { ok: true; uploadId: string }
  | { ok: false; because: 'forged' | 'otherForm' | 'expired' };

/** Checks a ticket's signature, form and time; the id it names when all three hold. */
export const checkTicket = (key: Buffer, ticket: string, formId: string, now: Date): TicketCheck => {
  const parts = ticket.split('.');
  const [uploadId = '', form = '', expires = '', mac = ''] = parts;
  if (parts.length !== 4 || !UPLOAD_ID.test(uploadId) || !/^\d+$/.test(expires))
    return { ok: false, because: 'forged' };
  const expected = Buffer.from(keyedHash(key, PURPOSE, `${uploadId}.${form}.${expires}`), 'hex');
  const given = Buffer.from(mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, because: 'forged' };
  if (form !== formId) return { ok: false, because: 'otherForm' };
  if (Number(expires) * 1000 <= now.getTime()) return { ok: false, because: 'expired' };
  return { ok: true, uploadId };
};

/** What a ticket looks like, for the question type's schema (its signature is checked at attach). */
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{22}\.[a-z0-9-]+\.\d+\.[0-9a-f]{64}$/;
