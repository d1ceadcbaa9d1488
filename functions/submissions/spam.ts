import { META_FIELDS } from '../forms/meta-fields.ts';
import type { RawFields } from '../forms/normalise.ts';

/** Why a submission is suspected of coming from a bot. */
export type SuspectedBecause = 'honeypot' | 'too-fast';

/**
 * A bot fills the hidden honeypot, or sends the form sooner after it opened than a person could.
 * The fill time only counts when the page sent it (that needs JavaScript). It is a duration the
 * browser measured, not a time of day, so a device clock set wrong cannot make a person a bot.
 * Either can also happen to a person (autofill, a form filled in elsewhere and pasted), which is
 * why a suspected submission is kept apart, never thrown away.
 */
export const botSignal = (fields: RawFields, minFillSeconds: number): SuspectedBecause | undefined => {
  const honeypot = fields[META_FIELDS.honeypot];
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined) return 'honeypot';
  const openMs = millisecondsIn(fields[META_FIELDS.openFor]);
  return openMs !== undefined && openMs < minFillSeconds * 1000 ? 'too-fast' : undefined;
};

/** A duration as JSON (a number) or a form post (text) sends it; anything else is no duration. */
const millisecondsIn = (value: unknown): number | undefined => {
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
};
