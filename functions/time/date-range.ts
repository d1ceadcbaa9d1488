/** A span of time: `start` inclusive, `end` exclusive. Reports and exports work in UTC days. */
export interface DateRange {
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a moment, in UTC. */
export const isoDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** The last day a range covers, for showing people an inclusive "to" date. */
export const lastDayOf = (range: DateRange): string => isoDay(new Date(range.end.getTime() - 1));

/** The calendar month before the one `now` falls in (UTC): what the monthly summary covers. */
export const lastCalendarMonth = (now: Date): DateRange => ({
  start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)),
  end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
});

/** Every month (YYYY-MM) the range touches, in order, so empty months still show as 0. */
export const monthsIn = (range: DateRange): string[] => {
  const months: string[] = [];
  const last = new Date(range.end.getTime() - 1);
  let year = range.start.getUTCFullYear();
  let month = range.start.getUTCMonth();
  while (year < last.getUTCFullYear() || (year === last.getUTCFullYear() && month <= last.getUTCMonth())) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
};

/**
 * The months the range covers from their first day to their last: the only ones whose erased
 * submissions (tallied by month, never by day) can count in it.
 */
export const wholeMonthsIn = (range: DateRange): string[] =>
  monthsIn(range).filter((month) => {
    const first = new Date(`${month}-01T00:00:00Z`);
    const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    return range.start <= first && range.end >= next;
  });

/** The month (YYYY-MM) of a stored createdAt. */
export const monthOf = (createdAt: string): string => createdAt.slice(0, 7);

/**
 * Bounds for the index's sort key (createdAt, ISO 8601 with milliseconds, so text order is time
 * order). DynamoDB's BETWEEN includes both ends, so the upper bound is the last millisecond.
 */
export const createdAtBounds = (range: DateRange): { from: string; to: string } => ({
  from: range.start.toISOString(),
  to: new Date(range.end.getTime() - 1).toISOString(),
});

/** A month as people write it, e.g. "November 2026". */
export const monthName = (month: string): string =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** A day as people write it, e.g. "1 November 2026". */
export const dayName = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export const addDays = (moment: Date, days: number): Date => new Date(moment.getTime() + days * DAY_MS);
