import { escapeHtml } from './escape-html.ts';

/** What fills a rich string's `{placeholders}`: plain text (escaped here) or markup the caller built. */
export interface RichValues {
  text?: Record<string, string | number>;
  html?: Record<string, string>;
}

/**
 * A catalogue template (ui.ts `template`, page-text.ts `pageTemplate`) as HTML: its words escaped, and each `{name}` filled with markup (a link, a
 * button's name in bold) or escaped text. Links and emphasis sit inside one sentence this way, so a
 * translator can move them where their language needs them instead of translating the pieces.
 */
export const richText = (template: string, { text = {}, html = {} }: RichValues = {}): string =>
  template
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      if (Object.hasOwn(html, part)) return html[part];
      return escapeHtml(Object.hasOwn(text, part) ? String(text[part]) : `{${part}}`);
    })
    .join('');

/** A GOV.UK link inside a sentence, its address and words escaped; `newTab` for one beside a form's answers. */
export const link = (href: string, words: string, { newTab = false } = {}): string =>
  `<a class="govuk-link" href="${escapeHtml(href)}"${newTab ? ' target="_blank" rel="noopener"' : ''}>${escapeHtml(words)}</a>`;

/** A button or option name as the sentence around it shows it: in bold, as GOV.UK does. */
export const strong = (words: string): string => `<strong>${escapeHtml(words)}</strong>`;
