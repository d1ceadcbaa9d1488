import { META_FIELDS } from '../forms/meta-fields.ts';
import type { RawFields } from '../forms/normalise.ts';

/**
 * A bot fills the hidden honeypot, or sends the form sooner after it opened than a person could.
 * The fill time only counts when the page sent it (that needs JavaScript). It is a duration the
 * browser measured, not a time of day, so a device clock set wrong cannot make a person a bot.
 */
export const looksLikeBot = (fields: RawFields, minFillSeconds: number): boolean => {
  const honeypot = fields[META_FIELDS.honeypot];
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined) return true;
  const raw = fields[META_FIELDS.openFor];
  const openMs =
    typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : typeof raw === 'number' ? raw : NaN;
  return Number.isFinite(openMs) && openMs >= 0 && openMs < minFillSeconds * 1000;
};
