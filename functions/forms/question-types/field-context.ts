import type { Html } from '../../html/html.ts';
import type { Answers, Question } from '../types.ts';

/** What a question needs to draw itself: the answers so far, problems by question, and follow-ups. */
export interface FieldContext {
  /** The answers as posted (for a date, its day, month and year fields too). */
  answers: Answers;
  errors: ReadonlyMap<string, string>;
  /** Follow-up questions by the id of the question they depend on, in the order they are asked. */
  followUps: ReadonlyMap<string, Question[]>;
  /**
   * A sensitive form (referral, nuisance): free text without an autocomplete purpose is not kept
   * in the browser's form history, where someone sharing the device could find it.
   */
  sensitive: boolean;
  /**
   * Draws a follow-up inside its parent's conditional reveal. A string is taken as text (the
   * `html` tag escapes it), so only markup built as `Html` is placed as markup; pages without
   * follow-ups give `() => ''`.
   */
  renderFollowUp: (q: Question) => Html;
}
