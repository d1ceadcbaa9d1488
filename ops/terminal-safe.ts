/**
 * Answers are whatever a member of the public typed, so printed raw they could carry terminal
 * escape sequences (move the cursor, rewrite "Team email sent", set the clipboard), or reorder what
 * the operator reads (bidirectional overrides) and hide text (zero-width characters). Every control
 * character except line breaks and tabs is shown as a visible symbol instead: C0 as its Unicode
 * control picture (ESC becomes ␛), DEL as ␡ and C1 as �; bidi and zero-width format characters
 * as their code point in angle brackets, e.g. ⟨U+202E⟩.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates; zero-width spaces and joiners; word joiner; BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
};

const named = (c: string): string => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

export const terminalSafe = (text: string): string =>
  text.replace(CONTROL, visible).replace(INVISIBLE, named);
