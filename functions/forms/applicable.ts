import type { Answers, Question, Section } from './types.ts';

export const questionsOf = (sections: Section[]): Question[] => sections.flatMap((s) => s.questions);

/** True when a follow-up question applies, given the answers so far. */
export const isApplicable = (q: Question, answers: Answers): boolean => {
  if (!q.showIf) return true;
  const answer = answers[q.showIf.question];
  const given = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
  return given.some((v) => q.showIf?.oneOf.includes(v));
};
