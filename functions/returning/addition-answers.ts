/**
 * An addition's answers in words (issue 21), for the case page and exports alike: labels from the
 * form's returning spec (or the raw ids, for a definition without one), and for a change of safe
 * contact, question by question what it changed and what it was.
 */
import { EVIDENCE } from '../contract/service-contract.ts';
import { isApplicable, questionsOf } from '../forms/applicable.ts';
import { answerText } from '../forms/question-types/index.ts';
import type { Answers, AnswerValue, FormDefinition, Question } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { answersBefore, contactTouched, currentAnswers } from './current-answers.ts';
import type { Addition, AdditionKind } from './types.ts';

/** One answer of an addition; `changed` marks what a contact change changed, with what it was. */
export interface AdditionRowView {
  question: string;
  answer: string;
  changed: boolean;
  was?: string;
}

/**
 * The questions an addition answered, from the form's returning spec when it has one; else none,
 * and the raw ids stand in for labels (a definition without its returning spec still shows all).
 */
/** An evidence addition's one answer, as the team reads it: the files are listed with the case's. */
const EVIDENCE_QUESTION: Question = {
  id: EVIDENCE.additionCountAnswer,
  type: 'text',
  label: 'Files sent (listed under “Files they sent”)',
  required: false,
  errorName: 'files',
};

const questionsFor = (form: FormDefinition, kind: AdditionKind): Question[] => {
  const spec = form.returning;
  if (kind === 'evidence') return [EVIDENCE_QUESTION];
  if (kind === 'contact') return questionsOf(form.sections);
  if (kind === 'withdrawal') return spec?.withdraw ? questionsOf(spec.withdraw.sections) : [];
  return spec ? questionsOf(spec.addition.sections) : [];
};

const rawText = (value: AnswerValue): string => (Array.isArray(value) ? value.join('\n') : value);

/** Every answer given, in the questions' order (then any the definition does not know, by id). */
const answerRows = (questions: Question[], answers: Answers): AdditionRowView[] => {
  const known = questions.filter((q) => answers[q.id] !== undefined && isApplicable(q, answers));
  const ids = new Set(questions.map((q) => q.id));
  return [
    ...known.map((q) => ({ question: q.label, answer: answerText(q, answers[q.id]), changed: false })),
    ...Object.entries(answers)
      .filter(([id]) => !ids.has(id))
      .map(([id, value]) => ({ question: id, answer: rawText(value), changed: false })),
  ];
};

const shown = (q: Question | undefined, answers: Answers, id: string): string | undefined => {
  const value = answers[id];
  if (value === undefined || (q && !isApplicable(q, answers))) return undefined;
  return q ? answerText(q, value) : rawText(value);
};

/**
 * A contact change, question by question against what stood before it: what it says now, and,
 * where that differs, what it said before. A detail no longer given (a phone number once phone is
 * no longer safe) is shown as such, so nobody keeps using it.
 */
const contactRows = (form: FormDefinition, record: SubmissionRecord, change: Addition): AdditionRowView[] => {
  const questions = questionsOf(form.sections);
  const before = answersBefore(form, record, change.id);
  const after = currentAnswers(form, { answers: before, additions: [change] });
  const ids = [...contactTouched(form, change)];
  const ordered = [
    ...questions.filter((q) => ids.includes(q.id)).map((q) => q.id),
    ...ids.filter((id) => !questions.some((q) => q.id === id)),
  ];
  return ordered.flatMap((id): AdditionRowView[] => {
    const q = questions.find((x) => x.id === id);
    const now = shown(q, after, id);
    const was = shown(q, before, id);
    if (now === undefined && was === undefined) return [];
    const changed = now !== was;
    return [
      {
        question: q?.label ?? id,
        answer: now ?? 'No longer given',
        changed,
        ...(changed && was !== undefined ? { was } : {}),
      },
    ];
  });
};

/** An addition's answers as rows, in its questions' order. */
export const additionRows = (
  form: FormDefinition,
  record: SubmissionRecord,
  a: Addition,
): AdditionRowView[] =>
  a.kind === 'contact' ? contactRows(form, record, a) : answerRows(questionsFor(form, a.kind), a.answers);
