import * as z from 'zod/mini';
import { isApplicable, questionsOf } from './applicable.ts';
import { missingMessage, questionType } from './question-types/index.ts';
import type { Answers, Section } from './types.ts';

/**
 * One zod object for a whole form. Required questions are required; follow-ups are optional in
 * the shape (so the published JSON Schema stays plain) and required by a refinement when they apply.
 */
export const buildSchema = (sections: Section[]) => {
  const questions = questionsOf(sections);
  const shape: Record<string, z.ZodMiniType> = {};
  for (const q of questions) {
    const field = questionType(q)
      .schema(q)
      .register(z.globalRegistry, {
        title: q.label,
        ...(q.hint ? { description: q.hint } : {}),
      });
    shape[q.id] = q.required && !q.showIf ? field : z.optional(field);
  }
  // `when` makes the follow-up check run even when other answers have problems, so a person sees
  // every problem at once rather than a new one after each fix.
  return z.strictObject(shape).check(
    z.superRefine(
      (answers, ctx) => {
        for (const q of questions) {
          if (q.required && q.showIf && isApplicable(q, answers as Answers) && answers[q.id] === undefined) {
            ctx.addIssue({ code: 'custom', path: [q.id], message: missingMessage(q), input: undefined });
          }
        }
      },
      { when: () => true },
    ),
  );
};
