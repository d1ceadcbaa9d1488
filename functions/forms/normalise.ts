import { isApplicable, questionsOf } from './applicable.ts';
import { questionType } from './question-types/index.ts';
import type { RawFields } from './question-types/question-type.ts';
import type { Answers, Section } from './types.ts';

export type { RawFields };

/**
 * Turns raw fields into answers ready for the schema, each question by its own type: empty
 * answers removed, checkboxes always lists, unknown keys dropped, and follow-ups whose condition
 * does not hold discarded, so no answer to a question the person was never asked is stored.
 */
export const normaliseAnswers = (sections: Section[], raw: RawFields): Record<string, unknown> => {
  const answers: Record<string, unknown> = {};
  for (const q of questionsOf(sections)) {
    const value = questionType(q).normalise(q, raw);
    if (value !== undefined) answers[q.id] = value;
  }
  for (const q of questionsOf(sections)) {
    if (!isApplicable(q, answers as Answers)) delete answers[q.id];
  }
  return answers;
};
