import Holidays from 'date-holidays';

/** The years the generated table covers: records go back to 2020, and targets look ahead. */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2040;

/** Public holidays in England or Wales (both regions have the same today; the union keeps it right if not). */
export const bankHolidaysFromSource = (first: number, last: number): string[] => {
  const days = new Set<string>();
  for (const region of ['ENG', 'WLS']) {
    const calendar = new Holidays('GB', region, { types: ['public'] });
    for (let year = first; year <= last; year++) {
      for (const h of calendar.getHolidays(year)) if (h.type === 'public') days.add(h.date.slice(0, 10));
    }
  }
  return [...days].sort();
};
