/**
 * Coming back (issue 21): what a person can do after sending, and what it leaves on their case.
 * The shapes here are shared by the public pages at /return/ (functions/returning/), the
 * workspace (functions/staff/) and the notifier; each addition is kept on the submission record,
 * in order, so erasure and retention take the whole case.
 */
import type { Answers } from '../forms/types.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * What an addition is: something that has happened since (an incident on a nuisance report, an
 * update on a referral), a change of how to reach them safely, a withdrawal (taking part is
 * voluntary at every stage), or evidence sent later (issue 22).
 */
export type AdditionKind = 'incident' | 'update' | 'contact' | 'withdrawal' | 'evidence';

/** One thing a person added after sending: appended to the record, never edited. */
export interface Addition {
  /** Unique within the record (a random id), so the workspace and exports can name it. */
  id: string;
  kind: AdditionKind;
  /** When it was added (ISO 8601, UTC). */
  at: string;
  /**
   * The answers to the addition's questions (ReturningSpec), validated by the same question types
   * as the form. For 'contact', the new answers to the form's own contact questions, which then
   * stand in for the original ones (the old ones are no longer shown as current).
   */
  answers: Answers;
  /** The urgent labels the addition's answers call for (ReturningSpec.addition.urgency). */
  urgent: string[];
  /** The language the page was in when they added it. */
  language: Language;
}

/** The pages a form offers a returning person live with the form's other shapes (forms/types.ts). */
export type { ReturningPage, ReturningSpec } from '../forms/types.ts';

/**
 * Who is signed back in: one case, nothing else. Held server-side for 15 minutes idle; the
 * cookie carries only a random id.
 */
export interface ReturnSession {
  reference: string;
  formId: string;
  /** The language they signed in in (English, or Welsh at /cy/return/). */
  language: Language;
}
