import { escapeHtml } from '../pages/escape-html.ts';

/** Text with line breaks kept, safe in HTML: every answer passes through here. */
export const htmlText = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

/** A plain, accessible HTML email: one column, real headings, no images or tracking. */
export const htmlEmail = (title: string, bodyHtml: string, language = 'en'): string =>
  `<!DOCTYPE html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">${bodyHtml}</body></html>`;

/** A plain table for an email: a header row and rows of text cells, every cell escaped. */
export const htmlTable = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  '<table style="border-collapse: collapse;"><thead><tr>' +
  header
    .map((h) => `<th scope="col" style="text-align: left; padding-right: 16px;">${htmlText(h)}</th>`)
    .join('') +
  '</tr></thead><tbody>' +
  rows
    .map(
      (row) => `<tr>${row.map((v) => `<td style="padding-right: 16px;">${htmlText(v)}</td>`).join('')}</tr>`,
    )
    .join('') +
  '</tbody></table>';
