import { answerText } from '../forms/question-types/index.ts';
import { chosenSafeWays, safeWaysQuestion } from '../forms/safe-ways.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';

/** The ways of contact a form asks about that need a warning when they were not chosen. */
const WARN_IF_MISSING: Record<string, string> = {
  voicemail: 'Do not leave voicemail.',
  text: 'Do not send text messages.',
  email: 'Do not email.',
  letter: 'Do not write.',
  phone: 'Do not phone.',
};

/**
 * How the person may be contacted, in plain words for the top of a submission: the ways they
 * chose, what not to do, and times to avoid. Read from the form's own safe-contact question, so
 * the workspace never guesses a channel.
 */
export const safeContactLines = (form: FormDefinition, answers: Answers): string[] => {
  const waysQuestion = safeWaysQuestion(form, answers);
  if (!waysQuestion) return ['Do not contact them: they did not ask to be contacted.'];
  const ways = chosenSafeWays(form, answers);
  if (ways.length === 0) return ['Do not contact them: no safe way of contact was given.'];
  const offered = (waysQuestion.options ?? []).map((o) => o.value);
  const labels = answerText(waysQuestion, ways).split('\n').join(', ').toLowerCase();
  const lines = [`Contact only by: ${labels}.`];
  for (const way of offered)
    if (!ways.includes(way) && WARN_IF_MISSING[way]) lines.push(WARN_IF_MISSING[way]);
  const times = answers.contactTimes;
  if (typeof times === 'string' && times !== '') lines.push(`Times to avoid: ${times}`);
  const chosenBy = form.contact?.chosenBy?.(answers);
  if (chosenBy) lines.push(`These ways were chosen by ${chosenBy}, not by the person.`);
  return lines;
};
