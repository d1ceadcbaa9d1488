import type { Language } from '../i18n/languages.ts';
import type { LetterKind } from './letter-wording.ts';

/**
 * A letter sent to an applicant, kept on their record exactly as sent (so erased with it), never
 * edited: the subject and paragraphs are personal data, never in logs, the audit or a team email.
 */
export interface LetterEntry {
  id: string;
  kind: LetterKind;
  language: Language;
  /** How it went: printed for post, or by email to an address they marked safe. */
  way: 'post' | 'email';
  subject: string;
  paragraphs: string[];
  /** The staff member's `sub` who sent it, and their name. */
  by: string;
  byName?: string;
  /** When it was sent (ISO 8601, UTC). */
  sentAt: string;
}
