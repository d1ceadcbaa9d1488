/**
 * Whether a form's `returning` hangs together (issue 21), checked where the form is defined: each
 * page's questions are its own (no id twice, a follow-up after the question it depends on), and the
 * contact questions are the form's own, with every question they depend on asked with them.
 */
import { questionsOf } from '../forms/applicable.ts';
import type { FormDefinition, Section } from '../forms/types.ts';

const pageProblems = (name: string, sections: readonly Section[]): string[] => {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const q of questionsOf([...sections])) {
    if (seen.has(q.id)) problems.push(`returning.${name}: question ${q.id} is defined twice`);
    if (q.showIf && !seen.has(q.showIf.question)) {
      problems.push(`returning.${name}: ${q.id} depends on ${q.showIf.question}, which must come before it`);
    }
    seen.add(q.id);
  }
  return problems;
};

const contactProblems = (form: Pick<FormDefinition, 'sections'>, ids: readonly string[]): string[] => {
  const byId = new Map(questionsOf(form.sections).map((q) => [q.id, q]));
  return ids.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [`returning.contactQuestions: ${id} is not one of the form's questions`];
    return q.showIf && !ids.includes(q.showIf.question)
      ? [`returning.contactQuestions: ${id} depends on ${q.showIf.question}, which is not asked with it`]
      : [];
  });
};

export const returningProblems = (form: Pick<FormDefinition, 'sections' | 'returning'>): string[] => {
  const { returning } = form;
  if (!returning) return [];
  return [
    ...pageProblems('addition', returning.addition.sections),
    ...(returning.withdraw ? pageProblems('withdraw', returning.withdraw.sections) : []),
    ...(returning.contactQuestions.length === 0 ? ['returning.contactQuestions: none given'] : []),
    ...contactProblems(form, returning.contactQuestions),
    ...(returning.caseReviewNotice && returning.addition.kind !== 'incident'
      ? ['returning.caseReviewNotice: only a form whose additions are incidents counts second reports']
      : []),
  ];
};
