import type { ServiceConfig } from '../config/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { dayName } from '../time/times.ts';
import {
  APPEAL_WORDS,
  DECISION_WORDS,
  DEFAULT_LETTERS,
  type LetterKind,
  type LetterWording,
} from './letter-wording.ts';

/** A letter as composed: what the applicant reads, kept with the case exactly as sent. */
export interface ComposedLetter {
  subject: string;
  paragraphs: string[];
}

export interface LetterFacts {
  kind: LetterKind;
  language: Language;
  reference: string;
  /** The London day the application arrived. */
  receivedOn: string;
  /** The threshold decision (the decided step's detail), for the decision letter. */
  decision?: string;
  /** The reasons (decision, closure) or what the review decided (outcome), as staff wrote them. */
  reasons?: string;
}

const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];

/** A London day as the letter's language writes it: "25 October 2026", "25 Hydref 2026". */
export const dayIn = (language: Language, day: string): string => {
  if (language === 'en') return dayName(day);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${WELSH_MONTHS[m - 1]} ${y}`;
};

const appealLine = (config: Pick<ServiceConfig, 'caseReview'>, language: Language): string => {
  const appeal = config.caseReview.appeal;
  if (!appeal) return '';
  const ways = [appeal.phone, appeal.email, appeal.url].filter(Boolean).join(', ');
  return APPEAL_WORDS[language].replace('{name}', appeal.name).replace('{ways}', ways ? ` (${ways})` : '');
};

/** The wording: the deployer's for this kind and language, else the default. */
export const wordingFor = (
  kind: LetterKind,
  language: Language,
  config: Pick<ServiceConfig, 'caseReview'>,
): LetterWording => config.caseReview.letters?.[kind]?.[language] ?? DEFAULT_LETTERS[language][kind];

/** A letter filled in: each placeholder replaced, and paragraphs left empty by them dropped. */
export const composeLetter = (
  facts: LetterFacts,
  config: Pick<ServiceConfig, 'caseReview' | 'organisation'>,
): ComposedLetter => {
  const { kind, language } = facts;
  const values: Record<string, string> = {
    reference: facts.reference,
    received: dayIn(language, facts.receivedOn),
    decision: facts.decision ? (DECISION_WORDS[language][facts.decision] ?? '') : '',
    reasons: facts.reasons?.trim() ?? '',
    appeal: appealLine(config, language),
    organisation: config.organisation,
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const wording = wordingFor(kind, language, config);
  return {
    subject: fill(wording.subject),
    paragraphs: wording.body
      .split(/\n\s*\n/)
      .map((p) => fill(p).trim())
      .filter((p) => p !== ''),
  };
};
