import type { FieldContext } from '../forms/question-types/field-context.ts';
import { questionType } from '../forms/question-types/index.ts';
import type { Question } from '../forms/types.ts';
import type { Html } from '../html/html.ts';

export type { FieldContext };

/** One question in GOV.UK markup, drawn by its type, with its follow-ups nested where they belong. */
export const renderQuestion = (q: Question, ctx: FieldContext, nested = false): Html =>
  questionType(q).render(q, ctx, nested);
