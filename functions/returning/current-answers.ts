/**
 * A case's answers as they stand now (issue 21): the original answers, with each change of safe
 * contact the person made since laid over them in order. The one place that decides which contact
 * details are current, so the case page, the team's contact-attempt page, exports and the notifier
 * can never disagree about how (and whether) the person may be contacted.
 */
import { questionsOf } from '../forms/applicable.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { Addition } from './types.ts';

/**
 * The questions a contact change answers again: the form's `returning.contactQuestions`, or, on a
 * form without them (a definition from before, or one still being written), the questions the
 * change itself answered.
 */
export const contactQuestionIds = (form: FormDefinition, change: Addition): string[] =>
  form.returning?.contactQuestions ?? Object.keys(change.answers);

/**
 * Every question a contact change may change: those it answers again, and the details that hang on
 * them (a phone number under the safe ways), which it can make no longer apply.
 */
export const contactTouched = (form: FormDefinition, change: Addition): Set<string> => {
  const ids = contactQuestionIds(form, change);
  return new Set(
    questionsOf(form.sections)
      .filter((q) => ids.includes(q.id) || (q.showIf !== undefined && ids.includes(q.showIf.question)))
      .map((q) => q.id)
      .concat(ids),
  );
};

/**
 * One contact change laid over the answers before it: every contact question is answered afresh
 * (one left unanswered now, such as a phone number once phone is no longer safe, is no longer
 * current), and every other answer stays as it was.
 */
const applyContactChange = (form: FormDefinition, before: Answers, change: Addition): Answers => {
  const ids = new Set(contactQuestionIds(form, change));
  return {
    ...Object.fromEntries(Object.entries(before).filter(([id]) => !ids.has(id))),
    ...Object.fromEntries(Object.entries(change.answers).filter(([id]) => ids.has(id))),
  };
};

/** The answers that stand now: the original ones with every contact change since applied, in order. */
export const currentAnswers = (
  form: FormDefinition,
  record: Pick<SubmissionRecord, 'answers' | 'additions'>,
): Answers =>
  (record.additions ?? []).reduce(
    (answers, a) => (a.kind === 'contact' ? applyContactChange(form, answers, a) : answers),
    record.answers,
  );

/** The answers as they stood just before one addition (for showing what a contact change changed). */
export const answersBefore = (
  form: FormDefinition,
  record: Pick<SubmissionRecord, 'answers' | 'additions'>,
  additionId: string,
): Answers => {
  const additions = record.additions ?? [];
  const upTo = additions.findIndex((a) => a.id === additionId);
  return currentAnswers(form, { answers: record.answers, additions: additions.slice(0, Math.max(upTo, 0)) });
};

/** The latest change of safe contact, if the person has made one. */
export const latestContactChange = (record: Pick<SubmissionRecord, 'additions'>): Addition | undefined =>
  (record.additions ?? []).findLast((a) => a.kind === 'contact');
