import { catalogueKeys, wholeCatalogue } from '../../functions/i18n/catalogue-keys.ts';
import { LANGUAGE_NAMES } from '../../functions/i18n/languages.ts';

/** The switch names each language in itself ("English | Cymraeg"): those are meant to be there. */
const cy = wholeCatalogue('cy');
const OWN_NAMES = new Set(Object.values(LANGUAGE_NAMES));

const decode = (text: string): string =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a person reads or hears on a page: text between tags and the attributes read aloud or shown. */
const readableTexts = (html: string): string[] => {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
  const between = body.split(/<[^>]*>/);
  const attributes = [...body.matchAll(/\s(?:aria-label|data-missing|content|title|alt)="([^"]*)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...between, ...attributes].map((t) => decode(t).replace(/\s+/g, ' ').trim()).filter(Boolean);
};

/**
 * The catalogue's English strings (each whose Welsh differs) that a page still shows: whole texts
 * equal to an English string, or starting with the fixed words before a placeholder.
 */
export const englishLeftOn = (html: string): string[] => {
  const texts = readableTexts(html);
  const found = new Set<string>();
  for (const { key, english } of catalogueKeys()) {
    if (cy[key] === english || OWN_NAMES.has(english)) continue;
    const fixed = english.split('{')[0]?.trim() ?? '';
    const hasPlaceholder = english.includes('{');
    for (const text of texts) {
      if (text === english.trim() || (hasPlaceholder && fixed.length >= 12 && text.startsWith(fixed))) {
        found.add(`${key}: ${english}`);
      }
    }
  }
  return [...found];
};
