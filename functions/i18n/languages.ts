/**
 * The languages the public service can speak. Which of them a deployment offers is configuration
 * (`languages` in config/service.json); English is always first and is the definitions' own text.
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', cy: 'Cymraeg' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A posted or queried language, or English for anything else (a missing or made-up value). */
export const languageOf = (value: unknown): Language => {
  const first = Array.isArray(value) ? value[0] : value;
  return isLanguage(first) ? first : DEFAULT_LANGUAGE;
};

/** Where a language's pages live: English at the root, the others under /cy/ and so on. */
export const languagePrefix = (language: Language): string => (language === 'en' ? '' : `/${language}`);

/** A public page's address in a language: "/referral/" becomes "/cy/referral/". */
export const localisedPath = (path: string, language: Language): string =>
  `${languagePrefix(language)}${path}`;
