import { describe, expect, it } from 'vitest';
import {
  dayRange,
  lastCalendarMonth,
  monthOf,
  monthsIn,
  wholeMonthsIn,
} from '../../../functions/time/date-range.ts';
import { addDays, isDay, londonDay, londonMidnight } from '../../../functions/time/london.ts';

describe('London days', () => {
  it('begin at 23:00 UTC the day before in summer and at 00:00 UTC in winter', () => {
    expect(londonMidnight('2026-06-02').toISOString()).toBe('2026-06-01T23:00:00.000Z');
    expect(londonMidnight('2026-12-02').toISOString()).toBe('2026-12-02T00:00:00.000Z');
    // The days the clocks change: midnight comes before the change, at 01:00 UTC.
    expect(londonMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(londonMidnight('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });

  it('make a range from D to D of one whole London day, 23 or 25 hours long when the clocks change', () => {
    const hours = (from: string, to: string) => {
      const r = dayRange(from, to);
      return (r.end.getTime() - r.start.getTime()) / 3_600_000;
    };
    expect(hours('2026-06-02', '2026-06-02')).toBe(24);
    expect(hours('2026-03-29', '2026-03-29')).toBe(23);
    expect(hours('2026-10-25', '2026-10-25')).toBe(25);
  });

  it('read an instant as its London day and month', () => {
    expect(londonDay('2026-06-01T23:30:00.000Z')).toBe('2026-06-02');
    expect(monthOf('2026-06-30T23:30:00.000Z')).toBe('2026-07');
    expect(monthOf('2026-11-30T23:30:00.000Z')).toBe('2026-11');
  });

  it('count months as London months, whole or touched', () => {
    expect(lastCalendarMonth(new Date('2026-07-01T00:30:00.000Z')).start.toISOString()).toBe(
      '2026-05-31T23:00:00.000Z',
    );
    const june = dayRange('2026-06-01', '2026-06-30');
    expect(monthsIn(june)).toEqual(['2026-06']);
    expect(wholeMonthsIn(june)).toEqual(['2026-06']);
    expect(wholeMonthsIn(dayRange('2026-06-02', '2026-07-31'))).toEqual(['2026-07']);
  });

  it('know a real day from a false one, and step over month ends', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(() => londonMidnight('2026-02-30')).toThrow(/Not a day/);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
