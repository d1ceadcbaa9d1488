import type { z } from 'zod/mini';
import type { Language } from '../i18n/languages.ts';
import type { ProgressSpec } from '../progress/types.ts';
import type { Findable } from '../search/kinds.ts';
import type { Option } from './option.ts';

/** One answer as it arrives and is stored: free text, a single choice or several choices. */
export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

export type QuestionType = 'text' | 'textarea' | 'email' | 'tel' | 'radios' | 'checkboxes' | 'date' | 'file';

/** A follow-up question that only applies when an earlier answer has one of these values. */
export interface ShowIf {
  question: string;
  oneOf: string[];
}

export interface Question {
  id: string;
  type: QuestionType;
  label: string;
  hint?: string;
  required: boolean;
  options?: Option[];
  autocomplete?: string;
  maxLength?: number;
  /** Text input width class from the GOV.UK Design System (e.g. 10, 20), for the page. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  /** Spelling check off for names, emails and reference numbers. */
  spellcheck?: boolean;
  showIf?: ShowIf;
  /** Checkboxes only: every option must be ticked (declarations and consent). */
  requireAll?: boolean;
  /** Drawn after a link to the privacy notice (consents and declarations that mention it). */
  linksToPrivacyNotice?: boolean;
  /** Lower-case noun used in messages, e.g. "your name" → "Enter your name". */
  errorName: string;
  /** The language its text is in: set by localiseForm; absent means the definition's English. */
  language?: Language;
}

/** A group of questions shown under one heading; sections follow the restorative questions. */
export interface Section {
  id: string;
  title: string;
  description?: string;
  questions: Question[];
}

/** Where the submitter said they may safely be contacted, and whom the confirmation goes to. */
export interface ContactRules {
  /** The question whose answers are the safe ways of contact (values such as 'email', 'phone'). */
  safeWaysQuestion: string;
  /** Returns the email address for the confirmation, or undefined when there is none to send. */
  confirmationEmail: (answers: Answers) => string | undefined;
  /**
   * Who chose the safe ways, when it was not the person to be contacted: the team email and the
   * workspace say so, since a referrer may not know what is safe. Undefined when the person did.
   */
  chosenBy?: (answers: Answers) => string | undefined;
  /** When a confirmation email is sent, in words for the confirmation page (it cannot see the answers). */
  whenEmailed: string;
}

/** A share of the answers to one question that fall in some values, e.g. "satisfied". */
export interface RateRule {
  id: string;
  questionId: string;
  values: string[];
  /** Short column heading, e.g. "Satisfied". */
  column: string;
  /** The measure in full, saying what counts, e.g. "Satisfied overall (very satisfied or satisfied)". */
  measure: string;
}

/** What the outcome report counts for a form; everything else is left out of the query. */
export interface ReportSpec {
  /** The form's section of the report, e.g. "Referrals". */
  heading: string;
  /** What the section's total counts, after the number (e.g. "responses"); nothing for plain counts. */
  unit?: string;
  /** Questions whose options are counted: how many chose each. */
  tallies: string[];
  /** Rates overall and per group (e.g. by role), with one line defining them. */
  rates?: {
    rules: RateRule[];
    groupBy: { questionId: string; label: string }[];
    definition: string;
  };
}

/** What the confirmation page says last: thanks, or a pointer to another form. */
export interface ClosingNote {
  heading?: string;
  /** Text, with an optional link to another form in the middle. */
  text: string;
  link?: { formId: string; text: string; after: string };
}

/**
 * A page worth reading before starting, linked under the form's description in its language:
 * the ASB Case Review's published figures (issue 23 item 7).
 */
export interface SeeAlso {
  /** The words before the link. */
  text: string;
  /** `path` in English; the page puts it in the form's language (/cy/…). */
  link: { path: string; text: string; after: string };
}

/** A short label the team sees in the inbox, the email and the case, when the answers call for it. */
export interface Marker {
  label: string;
  when: (answers: Answers) => boolean;
}

export interface FormDefinition<Schema extends z.ZodMiniType = z.ZodMiniType> {
  id: string;
  /** Bumped when questions change meaning, so stored records say which version they answered. */
  schemaVersion: number;
  title: string;
  /** Short line for lists and email subjects, e.g. "restorative justice referral". */
  noun: string;
  description: string;
  /** Two or three letters before each reference, e.g. RJ in RJ-7KQM-4XPD. */
  referencePrefix: string;
  /** Whether the page shows the exit-this-page button and safety notices. */
  sensitive: boolean;
  sections: Section[];
  schema: Schema;
  contact?: ContactRules;
  /**
   * Urgent means act today: the email subject says URGENT, the inbox's urgent filter finds it and
   * first contact is due within `progress.target.urgentDays` (functions/forms/urgency.ts).
   */
  urgency: Marker[];
  /** What the team should see at a glance but need not act on today, e.g. "Under 18". */
  markers: Marker[];
  /** What the confirmation page and email say happens next. */
  whatHappensNext: string[];
  /** The confirmation page's last words. */
  closingNote: ClosingNote;
  /** A page linked under the description, e.g. the Case Review's figures. */
  seeAlso?: SeeAlso;
  report: ReportSpec;
  /** The language of its text: set by localiseForm; absent means the definition's own English. */
  language?: Language;
  /** The steps teams record after the form, and which is first contact. */
  progress: ProgressSpec;
  /** The answers staff can find a case by (functions/search/): name, phone, email, postcode. */
  findable?: Findable;
  /** What a person can do when they come back with their reference and code (issue 21); none: no way back. */
  returning?: ReturningSpec;
}

/** The questions of one thing a person can do when they come back. */
export interface ReturningPage {
  /** Page heading, e.g. "Tell us about something that has happened since". */
  title: string;
  sections: Section[];
}

/**
 * What a form lets a person do after sending (the feedback form, being anonymous, has none):
 * every page at /return/ is built from this, as the form's own pages are from its sections.
 */
export interface ReturningSpec {
  /** Add something that has happened since: an incident (nuisance) or an update (referral). */
  addition: ReturningPage & { kind: 'incident' | 'update'; urgency: Marker[] };
  /**
   * Change how we contact you safely: the ids of the form's own questions that say how (safe
   * ways, numbers, addresses, times), asked again with the same rules.
   */
  contactQuestions: string[];
  /** Withdraw (referral): say they no longer want to take part, with an optional reason. */
  withdraw?: ReturningPage;
  /** Nuisance: tell the person about the ASB Case Review on a second incident within six months. */
  caseReviewNotice?: boolean;
}
