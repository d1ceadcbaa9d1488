import { questionType } from '../forms/question-types/index.ts';
import type { Question } from '../forms/types.ts';
import type { FieldContext } from './field-context.ts';

export type { FieldContext };

/** One question in GOV.UK markup, drawn by its type, with its follow-ups nested where they belong. */
export const renderQuestion = (q: Question, ctx: FieldContext, nested = false): string =>
  questionType(q).render(q, ctx, nested);
