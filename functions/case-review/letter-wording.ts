import type { Language } from '../i18n/languages.ts';

/**
 * The letters an applicant receives (statutory guidance, July 2025: one point of contact keeps the
 * victim updated, including when and why the case is closed), in English and Welsh. The deployer
 * may give their own wording (config `caseReview.letters`); these are the defaults. Placeholders:
 * {reference}, {received}, {decision}, {reasons}, {appeal}, {organisation}. A paragraph whose
 * placeholders are all empty is left out.
 */
export const LETTER_KINDS = ['acknowledgement', 'decision', 'outcome', 'closure'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Each letter's name in the workspace and the audit trail (staff-facing). */
export const LETTER_NAMES: Record<LetterKind, string> = {
  acknowledgement: 'Acknowledgement',
  decision: 'Threshold decision',
  outcome: 'What the review decided',
  closure: 'Closure: when and why',
};

export interface LetterWording {
  subject: string;
  /** Paragraphs, separated by a blank line. */
  body: string;
}

export const DEFAULT_LETTERS: Record<Language, Record<LetterKind, LetterWording>> = {
  en: {
    acknowledgement: {
      subject: 'Your ASB Case Review application, {reference}',
      body: 'We received your application for an ASB Case Review on {received}. Your reference is {reference}.\n\nWe are passing it to the council, the police, health services and housing providers. We will write to you to tell you whether it meets the threshold for a review, and why.\n\nIf you are in immediate danger, call 999.',
    },
    decision: {
      subject: 'Your ASB Case Review application, {reference}: our decision',
      body: 'We have looked at your application for an ASB Case Review, reference {reference}, with the council, the police, health services and housing providers.\n\n{decision}\n\n{reasons}\n\n{appeal}',
    },
    outcome: {
      subject: 'Your ASB Case Review, {reference}: what the review decided',
      body: 'The partnership has reviewed your case, reference {reference}.\n\n{reasons}\n\n{appeal}',
    },
    closure: {
      subject: 'Your ASB Case Review, {reference}, is closed',
      body: 'We have closed your ASB Case Review, reference {reference}.\n\n{reasons}\n\n{appeal}',
    },
  },
  cy: {
    acknowledgement: {
      subject: 'Eich cais am Adolygiad Achos YGG, {reference}',
      body: 'Cawsom eich cais am Adolygiad Achos YGG ar {received}. Eich cyfeirnod yw {reference}.\n\nRydym yn ei anfon at y cyngor, yr heddlu, gwasanaethau iechyd a darparwyr tai. Byddwn yn ysgrifennu atoch i ddweud a yw’n cyrraedd y trothwy ar gyfer adolygiad, a pham.\n\nOs ydych mewn perygl uniongyrchol, ffoniwch 999.',
    },
    decision: {
      subject: 'Eich cais am Adolygiad Achos YGG, {reference}: ein penderfyniad',
      body: 'Rydym wedi edrych ar eich cais am Adolygiad Achos YGG, cyfeirnod {reference}, gyda’r cyngor, yr heddlu, gwasanaethau iechyd a darparwyr tai.\n\n{decision}\n\n{reasons}\n\n{appeal}',
    },
    outcome: {
      subject: 'Eich Adolygiad Achos YGG, {reference}: beth benderfynodd yr adolygiad',
      body: 'Mae’r bartneriaeth wedi adolygu eich achos, cyfeirnod {reference}.\n\n{reasons}\n\n{appeal}',
    },
    closure: {
      subject: 'Mae eich Adolygiad Achos YGG, {reference}, wedi cau',
      body: 'Rydym wedi cau eich Adolygiad Achos YGG, cyfeirnod {reference}.\n\n{reasons}\n\n{appeal}',
    },
  },
};

/** The threshold decision (the decided step's detail) in each language. */
export const DECISION_WORDS: Record<Language, Record<string, string>> = {
  en: {
    met: 'Your application meets the threshold, and the partnership will review your case. We will tell you when the review meeting is, and how you can take part.',
    'not-met': 'Your application does not meet the threshold for a review.',
    'review-anyway':
      'Your application does not meet the threshold, but the partnership has decided to review your case. We will tell you when the review meeting is, and how you can take part.',
  },
  cy: {
    met: 'Mae eich cais yn cyrraedd y trothwy, a bydd y bartneriaeth yn adolygu eich achos. Byddwn yn dweud wrthych pryd mae’r cyfarfod adolygu, a sut y gallwch gymryd rhan.',
    'not-met': 'Nid yw eich cais yn cyrraedd y trothwy ar gyfer adolygiad.',
    'review-anyway':
      'Nid yw eich cais yn cyrraedd y trothwy, ond mae’r bartneriaeth wedi penderfynu adolygu eich achos. Byddwn yn dweud wrthych pryd mae’r cyfarfod adolygu, a sut y gallwch gymryd rhan.',
  },
};

/** Where to go if unhappy: {name} and how to reach them ({ways}). */
export const APPEAL_WORDS: Record<Language, string> = {
  en: 'If you are unhappy with how your application was dealt with, you can contact {name}{ways}.',
  cy: 'Os nad ydych yn hapus â’r ffordd yr ymdriniwyd â’ch cais, gallwch gysylltu â {name}{ways}.',
};
