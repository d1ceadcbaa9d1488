import { addDays, type DateRange, isoDay } from '../functions/time/date-range.ts';
import { UsageError } from './errors.ts';

/** A calendar day given on the command line (YYYY-MM-DD), as midnight UTC at its start. */
export const parseDay = (text: string, flag: string): Date => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const day = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  // Date.UTC rolls 2026-02-30 over to March; a real date reads back the same.
  if (!day || isoDay(day) !== text.trim()) {
    throw new UsageError(`${flag} must be a date like 2026-11-01, not "${text}".`);
  }
  return day;
};

/**
 * The range from --since (inclusive) to --until (inclusive: the whole of that day). Without
 * --until it runs to the end of today.
 */
export const rangeFrom = (since: string, until: string | undefined, now: Date): DateRange => {
  const start = parseDay(since, '--since');
  const end = addDays(until === undefined ? parseDay(isoDay(now), 'today') : parseDay(until, '--until'), 1);
  if (end.getTime() <= start.getTime()) {
    throw new UsageError(`--until (${until}) is before --since (${since}).`);
  }
  return { start, end };
};

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A length of time such as 30s, 5m, 2h or 1d, in milliseconds. */
export const parseDuration = (text: string, flag: string): number => {
  const match = /^(\d+)\s*([smhd])$/.exec(text.trim());
  if (!match) throw new UsageError(`${flag} must be a length of time like 5m, 2h or 1d, not "${text}".`);
  return Number(match[1]) * (UNITS[match[2] as string] as number);
};

/** "3 h 5 min", "12 min", "40 s": how long something has waited. */
export const durationText = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.max(0, Math.floor(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
};

/** A stored ISO time as "2026-11-03 10:15 UTC". */
export const timeText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
