import type { Language } from './languages.ts';

/** Each language's name in English, for the team (emails and the workspace are in English). */
const ENGLISH_NAMES: Readonly<Record<Language, string>> = { en: 'English', cy: 'Welsh (Cymraeg)' };

/** The language the person wants us to use, in English: "Welsh (Cymraeg)"; old records mean English. */
export const contactLanguageName = (language: Language | undefined): string =>
  ENGLISH_NAMES[language ?? 'en'];

/**
 * The line the team reads first about how to talk to the person: the Welsh Language Standards
 * oblige the team to reply in Welsh to someone who asked for it. Old records without a language
 * mean English.
 */
export const contactLanguageLine = (language: Language | undefined): string => {
  const chosen = language ?? 'en';
  return chosen === 'en'
    ? 'Language for contact: English'
    : `Language for contact: ${ENGLISH_NAMES[chosen]}. Write and speak to them in ${ENGLISH_NAMES[chosen].split(' ')[0]}.`;
};

/** A subject marker for records that want a language other than English, e.g. "[Welsh] ". */
export const contactLanguageMarker = (language: Language | undefined): string =>
  language && language !== 'en' ? `[${ENGLISH_NAMES[language].split(' ')[0]}] ` : '';
