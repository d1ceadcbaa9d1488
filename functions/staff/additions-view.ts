import { isApplicable, questionsOf } from '../forms/applicable.ts';
import { answerText } from '../forms/question-types/index.ts';
import type { Answers, AnswerValue, FormDefinition, Question } from '../forms/types.ts';
import { contactLanguageName } from '../i18n/contact-language.ts';
import { answersBefore, contactQuestionIds, currentAnswers } from '../returning/current-answers.ts';
import type { Addition, AdditionKind } from '../returning/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { momentText } from '../time/times.ts';

/** One answer of an addition; `changed` marks what a contact change changed, with what it was. */
export interface AdditionRowView {
  question: string;
  answer: string;
  changed: boolean;
  was?: string;
}

/** One thing the person added after sending, in words, for the case page. */
export interface AdditionView {
  id: string;
  kind: AdditionKind;
  /** "Incident added by the person". */
  what: string;
  when: string;
  urgent: readonly string[];
  /** Set when it was written in a language other than English ("Welsh (Cymraeg)"). */
  language?: string;
  rows: AdditionRowView[];
}

/** What each kind is called on the case page. */
export const ADDITION_WHAT: Record<AdditionKind, string> = {
  incident: 'Incident added by the person',
  update: 'Update from the person',
  contact: 'The person changed how to contact them safely',
  withdrawal: 'The person withdrew: they no longer want to take part',
  evidence: 'Evidence sent by the person',
};

/**
 * The questions an addition answered, from the form's returning spec when it has one; else none,
 * and the raw ids stand in for labels (a definition without its returning spec still shows all).
 */
const questionsFor = (form: FormDefinition, kind: AdditionKind): Question[] => {
  const spec = form.returning;
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
  const ids = contactQuestionIds(form, change);
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

/** The additions in the order they were made: the case page's "Added since" section. */
export const additionViews = (form: FormDefinition, record: SubmissionRecord): AdditionView[] =>
  (record.additions ?? []).map((a) => ({
    id: a.id,
    kind: a.kind,
    what: ADDITION_WHAT[a.kind],
    when: momentText(a.at),
    urgent: a.urgent,
    ...(a.language !== 'en' ? { language: contactLanguageName(a.language) } : {}),
    rows:
      a.kind === 'contact' ? contactRows(form, record, a) : answerRows(questionsFor(form, a.kind), a.answers),
  }));
