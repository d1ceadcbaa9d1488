/** The day (YYYY-MM-DD) a moment falls on in London, where the teams work. */
export const londonDay = (moment: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(moment);
