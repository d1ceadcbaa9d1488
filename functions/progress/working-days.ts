/**
 * Working days from one London day to another (YYYY-MM-DD), not counting the first.
 * Stand-in: calendar days until the working-day calendar (weekends and bank holidays, issue 11
 * point 3) lands here under the same name; callers need not change.
 */
export const workingDaysBetween = (fromDay: string, toDay: string): number =>
  Math.max(
    0,
    Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000),
  );
