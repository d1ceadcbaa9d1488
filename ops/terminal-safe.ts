/**
 * Answers are whatever a member of the public typed, so printed raw they could carry terminal
 * escape sequences (move the cursor, rewrite "Team email sent", set the clipboard). Every control
 * character except line breaks and tabs is shown as a visible symbol instead: C0 as its Unicode
 * control picture (ESC becomes ␛), DEL as ␡ and C1 as �.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
};

export const terminalSafe = (text: string): string => text.replace(CONTROL, visible);
