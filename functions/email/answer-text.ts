import type { AnswerValue, Question } from '../forms/types.ts';

/** An answer as a person reads it: option labels instead of stored values. */
export const answerText = (question: Question, value: AnswerValue | undefined): string => {
  if (value === undefined) return 'Not answered';
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label).join('\n') : label(value);
};
