import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS } from './bank-holidays.ts';

/**
 * Which days a team is closed: weekends, bank holidays, and the deployer's own changes. Always
 * passed in (the deployment's `config.workingDays`), never read from global configuration here, so
 * every count of working days in one request uses the one calendar it was given.
 */
export interface WorkingCalendar {
  /** Extra days the service is closed (YYYY-MM-DD). */
  closedOn?: readonly string[];
  /** Bank holidays the service works. */
  openOn?: readonly string[];
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day arithmetic on YYYY-MM-DD as UTC midnights: a calendar day, free of clock changes. */
const toTime = (day: string): number => {
  const m = DAY.exec(day);
  const time = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Not a day: ${day}`);
  }
  const year = Number(m?.[1]);
  if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) {
    // Past the table, a bank holiday would silently count as a working day: regenerate it instead.
    throw new RangeError(
      `Bank holidays are known for ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last}, not ${day}`,
    );
  }
  return time;
};
const toDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Closed weekdays (bank holidays and closures, less the days worked), as sorted day times. */
const closures = (calendar: WorkingCalendar): number[] => {
  const open = new Set(calendar.openOn ?? []);
  const days = new Set([...BANK_HOLIDAYS, ...(calendar.closedOn ?? [])].filter((d) => !open.has(d)));
  return [...days]
    .map((d) => toTime(d))
    .filter((t) => {
      const weekday = new Date(t).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    })
    .sort((a, b) => a - b);
};

const cache = new WeakMap<WorkingCalendar, { times: number[]; days: Set<number> }>();
const closed = (calendar: WorkingCalendar) => {
  let found = cache.get(calendar);
  if (!found) {
    const times = closures(calendar);
    found = { times, days: new Set(times) };
    cache.set(calendar, found);
  }
  return found;
};

/** How many of the sorted times are at or before `time`. */
const countUpTo = (times: number[], time: number): number => {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export const isWorkingDay = (day: string, calendar: WorkingCalendar): boolean => {
  const time = toTime(day);
  const weekday = new Date(time).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closed(calendar).days.has(time);
};

/**
 * The working days after `fromDay` up to and including `toDay`: received on a Friday, first
 * contact on the Monday is 1 working day; the same day is 0. Negative when `toDay` comes first.
 */
export const workingDaysBetween = (fromDay: string, toDay_: string, calendar: WorkingCalendar): number => {
  const from = toTime(fromDay);
  const to = toTime(toDay_);
  if (to < from) return -workingDaysBetween(toDay_, fromDay, calendar);
  // Whole weeks hold five weekdays each; the days left over are counted one by one; then the
  // closed weekdays in between come off. The report does this for every open case, so no day loop.
  const days = Math.round((to - from) / DAY_MS);
  const weeks = Math.floor(days / 7);
  const startWeekday = new Date(from).getUTCDay();
  let weekdays = weeks * 5;
  for (let k = weeks * 7 + 1; k <= days; k++) {
    const weekday = (startWeekday + k) % 7;
    if (weekday !== 0 && weekday !== 6) weekdays++;
  }
  const { times } = closed(calendar);
  return weekdays - (countUpTo(times, to) - countUpTo(times, from));
};

/** The day `days` working days after `fromDay`: when a target of that many days runs out. */
export const addWorkingDays = (fromDay: string, days: number, calendar: WorkingCalendar): string => {
  let t = toTime(fromDay);
  for (let left = days; left > 0; ) {
    t += DAY_MS;
    if (isWorkingDay(toDay(t), calendar)) left--;
  }
  return toDay(t);
};
