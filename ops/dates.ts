import { type DateRange, dayRange } from '../functions/time/date-range.ts';
import { isDay, londonDay } from '../functions/time/london.ts';
import { UsageError } from './errors.ts';

/** A London day given on the command line (YYYY-MM-DD), checked to be a real one. */
export const parseDay = (text: string, flag: string): string => {
  const day = text.trim();
  if (!isDay(day)) throw new UsageError(`${flag} must be a date like 2026-11-01, not "${text}".`);
  return day;
};

/**
 * The range from --since (inclusive) to --until (inclusive: the whole of that day), in London
 * days, as the workspace's export and report count them. Without --until it runs to the end of
 * today in London.
 */
export const rangeFrom = (since: string, until: string | undefined, now: Date): DateRange => {
  const from = parseDay(since, '--since');
  const to = until === undefined ? londonDay(now) : parseDay(until, '--until');
  if (to < from) throw new UsageError(`--until (${until}) is before --since (${since}).`);
  return dayRange(from, to);
};

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A length of time such as 30s, 5m, 2h or 1d, in milliseconds. */
export const parseDuration = (text: string, flag: string): number => {
  const match = /^(\d+)\s*([smhd])$/.exec(text.trim());
  if (!match) throw new UsageError(`${flag} must be a length of time like 5m, 2h or 1d, not "${text}".`);
  return Number(match[1]) * (UNITS[match[2] as string] as number);
};
