/**
 * The one hygiene for the team's free text (step notes, contact attempt notes, case notes): line
 * breaks made one kind, control and bidirectional-override characters removed, the ends trimmed.
 */

/** Control characters other than line breaks and tabs never belong in a note. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The note as kept, or undefined when nothing is left of it. */
export const cleanNote = (raw: string | undefined): string | undefined => {
  const text = (raw ?? '').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  return text === '' ? undefined : text;
};

/** Its length as people count it: characters, not UTF-16 units (an emoji is one). */
export const noteLength = (text: string): number => [...text].length;
