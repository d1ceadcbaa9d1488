import type { Answers, Question } from '../forms/types.ts';

/** What a question needs to draw itself: the answers so far, problems by question, and follow-ups. */
export interface FieldContext {
  /** The answers as posted (for a date, its day, month and year fields too). */
  answers: Answers;
  errors: ReadonlyMap<string, string>;
  /** Follow-up questions by the id of the question they depend on, in the order they are asked. */
  followUps: ReadonlyMap<string, Question[]>;
  /** Draws a follow-up inside its parent's conditional reveal. */
  renderFollowUp: (q: Question) => string;
}
