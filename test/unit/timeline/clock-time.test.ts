import { describe, expect, it } from 'vitest';
import { londonClock, londonInstant } from '../../../functions/time/london.ts';
import { clockText, momentText } from '../../../functions/time/times.ts';
import { parseClockTime } from '../../../functions/timeline/clock-time.ts';

describe('times of day as people type and read them', () => {
  it('reads 24-hour and 12-hour times', () => {
    const cases: [string, number, number][] = [
      ['14:05', 14, 5],
      ['14.05', 14, 5],
      ['2:05pm', 14, 5],
      ['2.05 PM', 14, 5],
      ['9am', 9, 0],
      ['12am', 0, 0],
      ['12:30pm', 12, 30],
      ['midday', 12, 0],
      ['midnight', 0, 0],
      ['0:00', 0, 0],
    ];
    for (const [text, hour, minute] of cases) expect(parseClockTime(text)).toEqual({ hour, minute });
  });

  it('turns a London day and time into the instant, across both clock changes', () => {
    expect(londonInstant('2026-12-03', 14, 5).toISOString()).toBe('2026-12-03T14:05:00.000Z');
    expect(londonInstant('2026-07-03', 14, 5).toISOString()).toBe('2026-07-03T13:05:00.000Z');
    // 01:30 is skipped when the clocks go forward (read an hour on), and twice when they go back (the first).
    expect(londonInstant('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(londonInstant('2026-10-25', 1, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonClock('2026-07-03T13:05:00.000Z')).toBe('14:05');
  });

  it('writes a moment in words, London time', () => {
    expect(momentText('2026-12-03T14:05:00.000Z')).toBe('3 December 2026 at 2:05pm');
    expect(momentText('2026-07-03T23:30:00.000Z')).toBe('4 July 2026 at 12:30am');
    expect(clockText('2026-12-03T12:00:00.000Z')).toBe('midday');
    expect(clockText('2026-12-03T00:00:00.000Z')).toBe('midnight');
  });
});
