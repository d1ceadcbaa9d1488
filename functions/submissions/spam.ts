import { META_FIELDS } from '../forms/meta-fields.ts';
import type { RawFields } from '../forms/normalise.ts';

/**
 * A bot fills the hidden honeypot, or posts sooner after the page opened than a person could.
 * The fill time only counts when the page sent its start time (it needs JavaScript), and a start
 * time in the future is ignored rather than trusted.
 */
export const looksLikeBot = (fields: RawFields, minFillSeconds: number, now: Date): boolean => {
  const honeypot = fields[META_FIELDS.honeypot];
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined) return true;
  const started = Number(fields[META_FIELDS.startedAt]);
  if (!Number.isFinite(started) || started <= 0) return false;
  const elapsedMs = now.getTime() - started;
  return elapsedMs >= 0 && elapsedMs < minFillSeconds * 1000;
};
