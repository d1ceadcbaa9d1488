/** A time of day as people type it: 14:05, 14.05, 2:05pm, 2 pm, 9am, midday, noon, midnight. */
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/;

const WORDS: Record<string, [number, number]> = { midday: [12, 0], noon: [12, 0], midnight: [0, 0] };

/** The hour (0-23) and minute a typed time names, or undefined when it names none. */
export const parseClockTime = (raw: string): { hour: number; minute: number } | undefined => {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = WORDS[text];
  if (word) return { hour: word[0], minute: word[1] };
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const half = match[3]?.[0];
  if (minute > 59) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23 || match[2] === undefined) return undefined; // "14" alone is not a time.
  return { hour, minute };
};
