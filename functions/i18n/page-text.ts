import { cyPages } from './catalogue/cy.ts';
import { enPages, type PageKey } from './catalogue/en.ts';
import type { Language } from './languages.ts';
import { fill } from './ui.ts';

export type { PageKey };

/**
 * The static pages' strings in each language. Only the site build imports this module, so the
 * functions' bundles carry the strings they draw (ui.ts) and none of these.
 */
export const PAGE_CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = {
  cy: cyPages,
};

/** A static page's string in a language as the catalogue gives it, `{placeholders}` and all. */
export const pageTemplate = (language: Language, key: PageKey): string =>
  language === 'en' ? enPages[key].text : (PAGE_CATALOGUES[language][key] ?? enPages[key].text);

/** A static page's string in a language, with `{name}` placeholders filled (values not escaped). */
export const tPage = (
  language: Language,
  key: PageKey,
  values: Record<string, string | number> = {},
): string => fill(pageTemplate(language, key), values);
