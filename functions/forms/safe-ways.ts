import { isApplicable, questionsOf } from './applicable.ts';
import type { Option } from './option.ts';
import type { Answers, FormDefinition, Question } from './types.ts';

/** The form's own safe-ways question, if the person was asked it (they may not have agreed to contact). */
export const safeWaysQuestion = (form: FormDefinition, answers: Answers): Question | undefined => {
  const question = questionsOf(form.sections).find((q) => q.id === form.contact?.safeWaysQuestion);
  return question && isApplicable(question, answers) ? question : undefined;
};

/** The values the person chose on that question ('phone', 'voicemail'…), none when it was not asked. */
export const chosenSafeWays = (form: FormDefinition, answers: Answers): string[] => {
  const question = safeWaysQuestion(form, answers);
  const chosen = question ? answers[question.id] : undefined;
  return Array.isArray(chosen) ? chosen : typeof chosen === 'string' && chosen ? [chosen] : [];
};

/**
 * The ways of contact the person marked safe, as options in the question's order: the only ways
 * the workspace offers for contacting them (first contact, contact attempts).
 */
export const safeWayOptions = (form: FormDefinition, answers: Answers): Option[] => {
  const ways = chosenSafeWays(form, answers);
  return (safeWaysQuestion(form, answers)?.options ?? []).filter((o) => ways.includes(o.value));
};
