import { describe, expect, it } from 'vitest';
import { allStatuses, waitingStatuses } from '../../../functions/progress/waiting.ts';
import { workingDaysBetween } from '../../../functions/time/working-days.ts';

describe('waiting for first contact', () => {
  it('means received, or acknowledged but not yet contacted (nuisance), in every form', () => {
    expect(waitingStatuses()).toEqual(['received', 'acknowledged']);
  });

  it('offers every status once, in the order work goes, for the inbox filter', () => {
    const ids = allStatuses().map(([id]) => id);
    expect(ids[0]).toBe('received');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['first-contact', 'assessed', 'action-taken', 'read', 'closed']),
    );
  });

  it('counts the days after the day received (a Monday to the Tuesday is one)', () => {
    expect(workingDaysBetween('2026-11-02', '2026-11-02', {})).toBe(0);
    expect(workingDaysBetween('2026-11-02', '2026-11-03', {})).toBe(1);
  });
});
