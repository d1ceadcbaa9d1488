import { parse } from 'csv-parse/sync';

/**
 * What a spreadsheet would read back, by an independent, well-kept CSV reader (csv-parse), strict
 * about RFC 4180: records end with CRLF, quotes must be well formed, and every record has as many
 * cells as the first (a ragged export would shift answers into the wrong columns).
 */
export const parseCsv = (text: string): string[][] =>
  parse(text, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false }) as string[][];
