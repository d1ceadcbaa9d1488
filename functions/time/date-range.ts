import { addDays, addMonths, londonDay, londonMidnight, londonMonth } from './london.ts';

/**
 * A span of time: `start` inclusive, `end` exclusive, as instants, because storage keys are UTC
 * instants. People pick and read London days, so every range here is built from London days: a
 * range "from D to D" runs from London midnight at the start of D to London midnight after it.
 */
export interface DateRange {
  start: Date;
  end: Date;
}

/** From the start of London day `from` to the end of London day `to`, both inclusive. */
export const dayRange = (from: string, to: string): DateRange => ({
  start: londonMidnight(from),
  end: londonMidnight(addDays(to, 1)),
});

/** The whole of a London month (YYYY-MM). */
export const monthRange = (month: string): DateRange => ({
  start: londonMidnight(`${month}-01`),
  end: londonMidnight(`${addMonths(month, 1)}-01`),
});

/** The first London day a range covers. */
export const firstDayOf = (range: DateRange): string => londonDay(range.start);

/** The last London day a range covers, for showing people an inclusive "to" date. */
export const lastDayOf = (range: DateRange): string => londonDay(new Date(range.end.getTime() - 1));

/** The London calendar month before the one `now` falls in: what the monthly summary covers. */
export const lastCalendarMonth = (now: Date): DateRange => monthRange(addMonths(londonMonth(now), -1));

/** Every London month (YYYY-MM) the range touches, in order, so empty months still show as 0. */
export const monthsIn = (range: DateRange): string[] => {
  const months: string[] = [];
  const last = londonMonth(new Date(range.end.getTime() - 1));
  for (let month = londonMonth(range.start); month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
};

/**
 * The months the range covers from their first day to their last: the only ones whose erased
 * submissions (tallied by month, never by day) can count in it.
 */
export const wholeMonthsIn = (range: DateRange): string[] =>
  monthsIn(range).filter((month) => {
    const whole = monthRange(month);
    return range.start <= whole.start && range.end >= whole.end;
  });

/**
 * The London month (YYYY-MM) of a stored createdAt: the one month definition the report and the
 * erased tally share, so a month's figures stand after its submissions are erased.
 */
export const monthOf = (createdAt: string): string => londonMonth(createdAt);

/**
 * Bounds for the index's sort key (createdAt, ISO 8601 with milliseconds, so text order is time
 * order). DynamoDB's BETWEEN includes both ends, so the upper bound is the last millisecond.
 */
export const createdAtBounds = (range: DateRange): { from: string; to: string } => ({
  from: range.start.toISOString(),
  to: new Date(range.end.getTime() - 1).toISOString(),
});
