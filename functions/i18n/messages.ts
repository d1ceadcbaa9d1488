import type { Language } from './languages.ts';

/**
 * The error messages question types build from a question's `errorName`, one set of templates per
 * language: Welsh is not English with Welsh words dropped in, so each language writes its own
 * sentences. `name` is the question's errorName in that language (e.g. "your name", "eich enw").
 */
export interface MessageTemplates {
  enter: (name: string) => string;
  select: (name: string) => string;
  selectAlone: (name: string, option: string) => string;
  tooLong: (name: string, max: number) => string;
  emailFormat: string;
  phoneFormat: string;
  realDate: (name: string) => string;
  dateIncludes: (name: string, parts: ('day' | 'month' | 'year')[]) => string;
  todayOrPast: (name: string) => string;
  /** A one-line answer with a line break, hidden formatting, or a character that cannot be read. */
  oneLine: (name: string) => string;
  hiddenCharacters: (name: string) => string;
  unreadable: (name: string) => string;
  /** Under a long answer box. */
  upTo: (max: number) => string;
  /** "2 working days", "2 ddiwrnod gwaith": the confirmation's promise ({days} in what happens next). */
  workingDays: (days: number) => string;
  /** Between options and "None of these". */
  or: string;
  /**
   * GOV.UK's character count script's own words, as its data-i18n attributes (%{count} is the
   * number); none for English, whose words the script already has.
   */
  characterCount?: Record<string, string>;
  /** Read by screen readers before an inline error (also errors.hidden in the catalogues). */
  errorHidden: string;
  /** The date input's box labels. */
  partNames: Record<'day' | 'month' | 'year', string>;
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const englishList = (parts: string[]): string =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');

/**
 * "Rhaid i" + a name, with Welsh's contractions: i + y/yr → i’r, i + eich → i’ch, i + ei → i’w
 * ("Rhaid i’ch enw…", "Rhaid i’r dyddiad…"), so no template writes "i y" or "i eich".
 */
export const welshI = (name: string): string => {
  const contracted = /^(y|yr) (.*)$/.exec(name) ?? /^(eich|ei) (.*)$/.exec(name);
  if (!contracted) return `i ${name}`;
  const [, word, rest] = contracted;
  return `${word === 'eich' ? 'i’ch' : word === 'ei' ? 'i’w' : 'i’r'} ${rest}`;
};

/** "Mae" + a name: "Mae’r dyddiad…" for a name starting with the article, "Mae eich enw…" otherwise. */
export const welshMae = (name: string): string => {
  const article = /^(y|yr) (.*)$/.exec(name);
  return article ? `Mae’r ${article[2]}` : `Mae ${name}`;
};

const WELSH_PARTS = { day: 'diwrnod', month: 'mis', year: 'blwyddyn' } as const;

export const MESSAGES: Readonly<Record<Language, MessageTemplates>> = {
  en: {
    enter: (name) => `Enter ${name}`,
    select: (name) => `Select ${name}`,
    selectAlone: (name, option) => `Select ${name}, or select "${option}" on its own`,
    tooLong: (name, max) => `${sentence(name)} must be ${max} characters or fewer`,
    emailFormat: 'Enter an email address in the correct format, like name@example.com',
    phoneFormat: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    realDate: (name) => `${sentence(name)} must be a real date`,
    dateIncludes: (name, parts) => `${sentence(name)} must include a ${englishList(parts)}`,
    todayOrPast: (name) => `${sentence(name)} must be today or in the past`,
    oneLine: (name) => `${sentence(name)} must be on one line`,
    hiddenCharacters: (name) =>
      `${sentence(name)} must not include hidden formatting characters – try typing it rather than pasting it`,
    unreadable: (name) => `${sentence(name)} includes a character that cannot be read – try typing it again`,
    upTo: (max) => `You can enter up to ${max} characters`,
    workingDays: (days) => `${days} working ${days === 1 ? 'day' : 'days'}`,
    or: 'or',
    errorHidden: 'Error',
    partNames: { day: 'Day', month: 'Month', year: 'Year' },
  },
  // GOV.UK's Welsh patterns ("Rhowch…", "Dewiswch…", "Rhaid i… fod yn…"). Names are written as
  // they follow "Rhowch"/"Dewiswch" (soft-mutated where a noun starts them: "god post");
  // "Rhaid i" contracts with the article or pronoun that starts a name (welshI).
  cy: {
    enter: (name) => `Rhowch ${name}`,
    select: (name) => `Dewiswch ${name}`,
    selectAlone: (name, option) => `Dewiswch ${name}, neu dewiswch "${option}" ar ei ben ei hun`,
    tooLong: (name, max) => `Rhaid ${welshI(name)} fod yn ${max} nod neu lai`,
    emailFormat: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    phoneFormat: 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
    realDate: (name) => `Rhaid ${welshI(name)} fod yn ddyddiad go iawn`,
    dateIncludes: (name, parts) =>
      `Rhaid ${welshI(name)} gynnwys ${parts
        .map((p) => WELSH_PARTS[p])
        .join(', ')
        .replace(/, ([^,]*)$/, ' a $1')}`,
    todayOrPast: (name) => `Rhaid ${welshI(name)} fod heddiw neu yn y gorffennol`,
    oneLine: (name) => `Rhaid ${welshI(name)} fod ar un llinell`,
    hiddenCharacters: (name) =>
      `Rhaid ${welshI(name)} beidio â chynnwys nodau fformatio cudd – ceisiwch ei deipio yn hytrach na’i ludo`,
    unreadable: (name) => `${welshMae(name)} yn cynnwys nod na ellir ei ddarllen – ceisiwch ei deipio eto`,
    upTo: (max) => `Gallwch roi hyd at ${max} nod`,
    // Welsh counts with a singular noun; after 2 (dau) it takes the soft mutation: 2 ddiwrnod.
    workingDays: (days) => `${days} ${days === 2 ? 'ddiwrnod' : 'diwrnod'} gwaith`,
    or: 'neu',
    errorHidden: 'Gwall',
    partNames: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' },
    // Welsh counts are followed by a singular noun ("5 nod"), so one sentence serves every number.
    characterCount: {
      'data-i18n.characters-under-limit.one': 'Mae gennych %{count} nod ar ôl',
      'data-i18n.characters-under-limit.other': 'Mae gennych %{count} nod ar ôl',
      'data-i18n.characters-at-limit': 'Nid oes gennych unrhyw nodau ar ôl',
      'data-i18n.characters-over-limit.one': 'Mae gennych %{count} nod yn ormod',
      'data-i18n.characters-over-limit.other': 'Mae gennych %{count} nod yn ormod',
    },
  },
};
