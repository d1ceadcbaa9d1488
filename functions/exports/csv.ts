/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection), so such a
 * cell gets a leading apostrophe, which spreadsheets show as text. OWASP's list: = + - @ tab CR.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * One CSV cell (RFC 4180): text is neutralised, then quoted when it holds a comma, quote or line
 * break, with quotes doubled. Numbers are the tool's own counts and are written as they are.
 */
export const csvCell = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV record, ended with CRLF as RFC 4180 asks. */
export const csvRow = (cells: (string | number | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

/** A byte order mark, so spreadsheet programs read the file as UTF-8 (labels use – and ’). */
export const UTF8_BOM = '\uFEFF';
