import { serviceConfig } from '../config/service-config.ts';
import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS } from './bank-holidays.ts';

/** Which days a team is closed: weekends, bank holidays, and the deployer's own changes. */
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

/** The set of non-weekend days the service is closed, for a calendar. */
const closures = (calendar: WorkingCalendar): Set<string> => {
  const open = new Set(calendar.openOn ?? []);
  return new Set([...BANK_HOLIDAYS, ...(calendar.closedOn ?? [])].filter((d) => !open.has(d)));
};

const cache = new WeakMap<WorkingCalendar, Set<string>>();
const closedSet = (calendar: WorkingCalendar): Set<string> => {
  let set = cache.get(calendar);
  if (!set) {
    set = closures(calendar);
    cache.set(calendar, set);
  }
  return set;
};

/** The deployment's calendar (config/service.json `workingDays`). */
const DEPLOYED: WorkingCalendar = serviceConfig.workingDays;

export const isWorkingDay = (day: string, calendar: WorkingCalendar = DEPLOYED): boolean => {
  const weekday = new Date(toTime(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closedSet(calendar).has(day);
};

/**
 * The working days after `fromDay` up to and including `toDay`: received on a Friday, first
 * contact on the Monday is 1 working day; the same day is 0. Negative when `toDay` comes first.
 */
export const workingDaysBetween = (
  fromDay: string,
  toDay_: string,
  calendar: WorkingCalendar = DEPLOYED,
): number => {
  const from = toTime(fromDay);
  const to = toTime(toDay_);
  if (to < from) return -workingDaysBetween(toDay_, fromDay, calendar);
  let count = 0;
  for (let t = from + DAY_MS; t <= to; t += DAY_MS) if (isWorkingDay(toDay(t), calendar)) count++;
  return count;
};

/** The day `days` working days after `fromDay`: when a target of that many days runs out. */
export const addWorkingDays = (
  fromDay: string,
  days: number,
  calendar: WorkingCalendar = DEPLOYED,
): string => {
  let t = toTime(fromDay);
  for (let left = days; left > 0; ) {
    t += DAY_MS;
    if (isWorkingDay(toDay(t), calendar)) left--;
  }
  return toDay(t);
};

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The London day of an instant, YYYY-MM-DD: a submission at 00:30 BST on 2 June was received on 2 June. */
export const londonDay = (at: Date | string): string =>
  LONDON.format(typeof at === 'string' ? new Date(at) : at);
