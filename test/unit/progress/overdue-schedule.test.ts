import { describe, expect, it } from 'vitest';
import { OverdueSchedule } from '../../../local/overdue-schedule.ts';

/** Starts a schedule at a fixed time and reports the times it ran the job at (one look only). */
const runsAt = async (iso: string): Promise<string[]> => {
  const runs: string[] = [];
  const schedule = new OverdueSchedule({
    run: async (at) => {
      runs.push(at.toISOString());
    },
    now: () => new Date(iso),
    calendar: {},
    intervalMs: 60_000,
  });
  schedule.start();
  await schedule.stop();
  return runs;
};

describe("the twin's weekday-morning schedule", () => {
  it('runs on a working day once it is 08:00 in London', async () => {
    expect(await runsAt('2026-11-30T08:05:00Z')).toEqual(['2026-11-30T08:05:00.000Z']);
    // 07:30 UTC is 08:30 in summer time.
    expect(await runsAt('2026-06-01T07:30:00Z')).toHaveLength(1);
  });

  it('does not run before 08:00, at a weekend or on a bank holiday', async () => {
    expect(await runsAt('2026-11-30T07:59:00Z')).toEqual([]);
    expect(await runsAt('2026-11-28T10:00:00Z')).toEqual([]);
    expect(await runsAt('2026-12-28T10:00:00Z')).toEqual([]);
  });
});
