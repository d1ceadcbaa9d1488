import type { Language } from '../i18n/languages.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { escapeHtml } from './escape-html.ts';

/** What fills a rich string's `{placeholders}`: plain text (escaped here) or markup the caller built. */
export interface RichValues {
  text?: Record<string, string | number>;
  html?: Record<string, string>;
}

/**
 * A catalogue string as HTML: its words escaped, and each `{name}` filled with markup (a link, a
 * button's name in bold) or escaped text. Links and emphasis sit inside one sentence this way, so a
 * translator can move them where their language needs them instead of translating the pieces.
 */
export const richText = (
  language: Language,
  key: UiKey,
  { text = {}, html = {} }: RichValues = {},
): string => {
  // Fill with markers first, so the catalogue's words can be escaped without touching the markup.
  const marked = t(
    language,
    key,
    Object.fromEntries(Object.keys(html).map((name) => [name, `\u0000${name}\u0000`])),
  );
  return marked
    .split(/\u0000(\w+)\u0000/)
    .map((part, i) => (i % 2 === 1 ? (html[part] ?? '') : escapeHtml(fillText(part, text))))
    .join('');
};

const fillText = (part: string, values: Record<string, string | number>): string =>
  part.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

/** A button or option name as the sentence around it shows it: in bold, as GOV.UK does. */
export const strong = (words: string): string => `<strong>${escapeHtml(words)}</strong>`;
