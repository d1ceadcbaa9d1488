/**
 * London days: the days people pick and read (a report "for June", an export "from 2 June to
 * 2 June", a step "on 3 June"), written YYYY-MM-DD. A day is a plain value, not a moment; it
 * becomes moments only at the edge, to query storage, whose keys stay UTC instants.
 */

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

/** The London day of an instant, YYYY-MM-DD: a submission at 00:30 BST on 2 June was received on 2 June. */
export const londonDay = (at: Date | string): string =>
  LONDON.format(typeof at === 'string' ? new Date(at) : at);

/** The London month of an instant, YYYY-MM: what the report and the erased tally both count by. */
export const londonMonth = (at: Date | string): string => londonDay(at).slice(0, 7);

/** Whether text is a real day written YYYY-MM-DD (2026-02-30 is not). */
export const isDay = (text: string): boolean => {
  const time = DAY.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
};

/** The day `days` calendar days after (or before) `day`. */
export const addDays = (day: string, days: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The first day of the month `months` after (or before) `month` (YYYY-MM). */
export const addMonths = (month: string, months: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 7);
};

/**
 * The instant a London day begins: 23:00 UTC the day before in summer (BST), 00:00 UTC in
 * winter (GMT). The clocks change at 01:00 UTC, so midnight is never skipped or repeated.
 */
export const londonMidnight = (day: string): Date => {
  if (!isDay(day)) throw new RangeError(`Not a day: ${day}`);
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const summer = londonDay(new Date(utcMidnight - HOUR_MS)) === day;
  return new Date(summer ? utcMidnight - HOUR_MS : utcMidnight);
};

const WALL = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London wall clock of an instant, as UTC milliseconds of the same reading. */
const wallMs = (at: Date): number => {
  const parts = Object.fromEntries(WALL.formatToParts(at).map((p) => [p.type, p.value]));
  const n = (type: string) => Number(parts[type]);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
};

/**
 * The instant a London day and clock time (hours 0-23, minutes) name: 14:05 on 3 July is 13:05 UTC.
 * In the hour the clocks go back the earlier reading is taken; a time skipped when they go forward
 * is read an hour on (01:30 on that day is 02:30 BST), as a clock on the wall would be.
 */
export const londonInstant = (day: string, hour: number, minute: number): Date => {
  if (!isDay(day)) throw new RangeError(`Not a day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  // London is UTC or an hour ahead: of the two candidates, the earlier that reads as asked.
  for (const offset of [HOUR_MS, 0]) {
    const at = new Date(asUtc - offset);
    if (wallMs(at) === asUtc) return at;
  }
  return new Date(asUtc); // Skipped: 01:30 UTC is 02:30 BST, an hour on.
};

/** The London clock time of an instant, 24-hour "14:05": what a time field starts with. */
export const londonClock = (at: Date | string): string => {
  const parts = Object.fromEntries(
    WALL.formatToParts(typeof at === 'string' ? new Date(at) : at).map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute}`;
};
