import { cyPages } from './catalogue/cy.ts';
import { enPages, type PageKey } from './catalogue/en.ts';
import type { Language } from './languages.ts';
import { fill, template, type UiKey } from './ui.ts';

export type { PageKey };
/** Any string a static page can show: its own (enPages) or one it shares with the functions (en). */
export type SiteKey = PageKey | UiKey;

/**
 * The static pages' strings in each language. Only the site build imports this module, so the
 * functions' bundles carry the strings they draw (ui.ts) and none of these.
 */
export const PAGE_CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = {
  cy: cyPages,
};

const isPageKey = (key: string): key is PageKey => key in enPages;

/**
 * A static page's string in a language as the catalogue gives it, `{placeholders}` and all. Pages
 * also use the functions' strings (ui.ts), such as the service problem the API shows too.
 */
export const pageTemplate = (language: Language, key: SiteKey): string => {
  if (!isPageKey(key)) return template(language, key);
  return language === 'en' ? enPages[key].text : (PAGE_CATALOGUES[language][key] ?? enPages[key].text);
};

/** A static page's string in a language, with `{name}` placeholders filled (values not escaped). */
export const tPage = (
  language: Language,
  key: SiteKey,
  values: Record<string, string | number> = {},
): string => fill(pageTemplate(language, key), values);
