/**
 * How times read. Staff read UK time with the day written out (`timeText`); the ops tools, run by
 * operators against stored records, show the stored UTC time (`utcTimeText`).
 */
const UK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const timeText = (iso: string): string => UK.format(new Date(iso));

/** How long something has waited: minutes, hours or days. */
export const ageText = (iso: string, now: Date): string => {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
};

/** "3 h 5 min", "12 min", "40 s": how long something has waited, as the ops tools show it. */
export const durationText = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.max(0, Math.floor(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
};

/** A stored ISO time as operators read it at the command line: "2026-11-03 10:15 UTC". */
export const utcTimeText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** A month as people write it, e.g. "November 2026". */
export const monthName = (month: string): string =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** A day as people write it, e.g. "1 November 2026". */
export const dayName = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** A London time of day as GOV.UK writes it: "2:05pm", "midnight", "midday". */
export const clockText = (iso: string): string => {
  const parts = Object.fromEntries(CLOCK.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const [hour, minute] = [parts.hour ?? '', parts.minute ?? ''];
  const pm = (parts.dayPeriod ?? '').toLowerCase().startsWith('p');
  if (hour === '12' && minute === '00') return pm ? 'midday' : 'midnight';
  return `${hour}:${minute}${pm ? 'pm' : 'am'}`;
};

/** A moment in words, London time: "3 December 2026 at 2:05pm". */
export const momentText = (iso: string): string => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));
  return `${dayName(day)} at ${clockText(iso)}`;
};
