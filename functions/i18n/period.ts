import type { Language } from './languages.ts';

/**
 * A length of time in words, in whole years where it divides, otherwise days. Written per
 * language, as messages.ts is, because numbers change the words after them: Welsh says
 * "1 flwyddyn", "2 flynedd", "3 blynedd", "5 mlynedd" and "2 ddiwrnod". The Welsh rules cover
 * up to 10 years, the longest retention configuration allows (retentionDays at most 3650): 13, 14
 * and 21 years and beyond would need more of them.
 */
const IN_WORDS: Readonly<Record<Language, { years: (n: number) => string; days: (n: number) => string }>> = {
  en: {
    years: (n) => (n === 1 ? '1 year' : `${n} years`),
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
  },
  cy: {
    years: (n) => {
      if (n === 1) return '1 flwyddyn';
      if (n === 2) return '2 flynedd';
      return [3, 4, 6].includes(n) ? `${n} blynedd` : `${n} mlynedd`;
    },
    days: (n) => (n === 2 ? '2 ddiwrnod' : `${n} diwrnod`),
  },
};

export const periodInWords = (days: number, language: Language = 'en'): string =>
  days % 365 === 0 ? IN_WORDS[language].years(days / 365) : IN_WORDS[language].days(days);
