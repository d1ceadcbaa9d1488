import type { AnswerValue, Question, QuestionType } from '../types.ts';
import { checkboxes } from './checkboxes.ts';
import { date } from './date.ts';
import { email } from './email.ts';
import { file } from './file.ts';
import type { QuestionTypeModule } from './question-type.ts';
import { radios } from './radios.ts';
import { tel } from './tel.ts';
import { text } from './text.ts';
import { textarea } from './textarea.ts';

/** Every kind of question, by the `type` a definition names. Adding a kind is one module here. */
export const QUESTION_TYPES: Readonly<Record<QuestionType, QuestionTypeModule>> = {
  text,
  textarea,
  email,
  tel,
  radios,
  checkboxes,
  date,
  file,
};

export const questionType = (q: Question): QuestionTypeModule => {
  const module = QUESTION_TYPES[q.type];
  if (!module) throw new Error(`Question ${q.id} has an unknown type ${String(q.type)}`);
  return module;
};

/** The longest free-text answer accepted, in characters; undefined for choices and dates. */
export const maxLengthOf = (q: Question): number | undefined => questionType(q).maxLength(q);

/** What a person is told when a required answer is missing. */
export const missingMessage = (q: Question): string => questionType(q).missingMessage(q);

/** An answer as a person reads it, one value a line; "Not answered" when there is none. */
export const answerText = (q: Question, value: AnswerValue | undefined): string =>
  value === undefined ? 'Not answered' : questionType(q).answerValues(q, value).join('\n');
