import { describe, expect, it } from 'vitest';
import {
  currentStartYear,
  isPublishedYear,
  loadPublishedFigures,
} from '../../../functions/case-review/published-figures.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { DateRange } from '../../../functions/time/date-range.ts';

/** A store holding applications on these instants (the port the DynamoDB adapter implements). */
const storeOf = (createdAt: readonly string[]) => ({
  allByForm: async <T>(_formId: string, range: DateRange): Promise<T[]> =>
    createdAt
      .filter((at) => new Date(at) >= range.start && new Date(at) < range.end)
      .map((at) => ({ formId: 'case-review', createdAt: at, team: 'community-safety', steps: [] }) as T),
  erasedTallies: async () => [],
});

const NOW = new Date('2027-05-10T10:00:00.000Z');

describe('the years the figures page shows', () => {
  it('this year always, newest first, back to the first with an application, a year with none between them too', async () => {
    const years = await loadPublishedFigures(
      storeOf(['2024-06-01T10:00:00.000Z', '2026-06-01T10:00:00.000Z']),
      NOW,
      serviceConfig,
    );
    expect(years.map((y) => [y.startYear, y.rows[0]?.applications])).toEqual([
      [2027, 0],
      [2026, 1],
      [2025, 0],
      [2024, 1],
    ]);
  });

  it('only this year when there has been no application', async () => {
    const years = await loadPublishedFigures(storeOf([]), NOW, serviceConfig);
    expect(years.map((y) => y.startYear)).toEqual([2027]);
  });

  it('the year by the London day: 31 March is the year before', () => {
    expect(currentStartYear(new Date('2027-03-31T22:30:00.000Z'))).toBe(2026);
    expect(currentStartYear(new Date('2027-03-31T23:30:00.000Z'))).toBe(2027);
    expect(isPublishedYear(2027, NOW)).toBe(true);
    expect(isPublishedYear(2028, NOW)).toBe(false);
    expect(isPublishedYear(2014, NOW)).toBe(true);
    expect(isPublishedYear(2013, NOW)).toBe(false);
  });
});
