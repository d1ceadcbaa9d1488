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
  const openMs = millisecondsIn(fields[META_FIELDS.openFor]);
  return openMs !== undefined && openMs < minFillSeconds * 1000;
};

/** A duration as JSON (a number) or a form post (text) sends it; anything else is no duration. */
const millisecondsIn = (value: unknown): number | undefined => {
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
};
