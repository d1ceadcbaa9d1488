import { escapeHtml } from '../pages/escape-html.ts';

/** Text with line breaks kept, safe in HTML: every answer passes through here. */
export const htmlText = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

/** A plain, accessible HTML email: one column, real headings, no images or tracking. */
export const htmlEmail = (title: string, bodyHtml: string, language = 'en'): string =>
  `<!DOCTYPE html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">${bodyHtml}</body></html>`;
