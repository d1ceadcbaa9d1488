import { type Html, html, join } from '../html/html.ts';

/** Text with line breaks kept, safe in HTML: every answer passes through here. */
export const htmlText = (text: string): Html => join(text.split('\n'), html`<br>`);

/** A plain, accessible HTML email: one column, real headings, no images or tracking. */
export const htmlEmail = (title: string, body: Html, language = 'en'): string =>
  String(
    html`<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">${body}</body></html>`,
  );

/** A plain table for an email: a header row and rows of text cells, every cell escaped. */
export const htmlTable = (header: readonly string[], rows: readonly (readonly string[])[]): Html =>
  html`<table style="border-collapse: collapse;"><thead><tr>${header.map(
    (h) => html`<th scope="col" style="text-align: left; padding-right: 16px;">${htmlText(h)}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((v) => html`<td style="padding-right: 16px;">${htmlText(v)}</td>`)}</tr>`,
  )}</tbody></table>`;
