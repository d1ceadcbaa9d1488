/**
 * Calendar months on London days (YYYY-MM-DD), as the law counts them: "within one month" of 31
 * January runs to the end of February, "within six months" of 31 August to the end of February.
 * (Interpretation Act 1978: a month is a calendar month; the corresponding day, or the month's last
 * day when it has none.)
 */

/** The day `months` calendar months after (or before) `day`, clamped to that month's last day. */
export const addCalendarMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
};

/** Whether `later` is at most `months` calendar months after `earlier` (same day counts). */
export const withinCalendarMonths = (earlier: string, later: string, months: number): boolean =>
  later >= earlier && later <= addCalendarMonths(earlier, months);
