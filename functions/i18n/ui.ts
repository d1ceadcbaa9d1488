import { cy } from './catalogue/cy.ts';
import { en, type UiKey } from './catalogue/en.ts';
import type { Language } from './languages.ts';

export type { UiKey };

/** Every language's catalogue: English page strings from en.ts, the others a file each. */
export const CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = { cy };

/** A language's text for a key, English when it has none (the completeness test stops that shipping). */
export const translated = (language: Language, key: string, english: string): string =>
  language === 'en' ? english : (CATALOGUES[language][key] ?? english);

/** A page string in a language as the catalogue gives it, `{placeholders}` and all. */
export const template = (language: Language, key: UiKey): string => translated(language, key, en[key].text);

/** A page string in a language, with `{name}` placeholders filled (values are not escaped here). */
export const t = (language: Language, key: UiKey, values: Record<string, string | number> = {}): string =>
  fill(template(language, key), values);

/** A template's `{name}` placeholders filled from values; any without a value stay as they are. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : all,
  );
