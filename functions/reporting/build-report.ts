import { questionsOf } from '../forms/applicable.ts';
import { FORMS, findForm } from '../forms/registry.ts';
import type { Answers, AnswerValue, FormDefinition } from '../forms/types.ts';
import { createdAtBounds, type DateRange, isoDay, lastDayOf, monthOf, monthsIn } from './date-range.ts';
import { type Rate, rate } from './rate.ts';

/** What the report needs of a submission: no reference, and only the answers it counts. */
export interface ReportRecord {
  formId: string;
  createdAt: string;
  team: string;
  answers?: Answers;
}

export interface OptionCount extends Rate {
  value: string;
  label: string;
}

/** How often each option of one question was chosen, out of the n submissions that answered it. */
export interface Tally {
  questionId: string;
  question: string;
  /** Checkboxes: one submission can count towards several options, so shares add up to over 100%. */
  multiple: boolean;
  n: number;
  options: OptionCount[];
}

export interface FormCounts {
  formId: string;
  title: string;
  total: number;
  byMonth: { month: string; count: number }[];
  byTeam: { team: string; count: number }[];
}

/** Feedback outcomes for one group (a role or a meeting type). */
export interface GroupRates {
  value: string;
  label: string;
  n: number;
  satisfied: Rate;
  wouldRecommend: Rate;
}

export interface FeedbackOutcomes {
  total: number;
  satisfied: Rate;
  wouldRecommend: Rate;
  byRole: GroupRates[];
  byMeetingType: GroupRates[];
  tallies: Tally[];
}

export interface OutcomeReport {
  /** First and last day covered (both inclusive), UTC. */
  since: string;
  until: string;
  months: string[];
  forms: FormCounts[];
  referral: { total: number; tallies: Tally[] };
  nuisance: { total: number; tallies: Tally[] };
  feedback: FeedbackOutcomes;
}

/** The questions each form's part of the report counts. */
export const TALLIED: Record<string, readonly string[]> = {
  referral: ['referrerType', 'hopes'],
  nuisance: ['behaviours', 'restorativeMeeting'],
  feedback: ['overallSatisfaction', 'wouldRecommend'],
};

/** "Satisfied" means very satisfied or satisfied; "would recommend" means yes (not sure counts as not). */
export const SATISFIED = { questionId: 'overallSatisfaction', values: ['very-satisfied', 'satisfied'] };
export const RECOMMENDS = { questionId: 'wouldRecommend', values: ['yes'] };
export const FEEDBACK_GROUPS = { role: 'role', meetingType: 'meetingType' } as const;

/**
 * Every answer the report reads, per form. The query asks for these alone, so names, contact
 * details and free text never reach the reporting code.
 */
export const REPORT_FIELDS: Record<string, readonly string[]> = Object.fromEntries(
  FORMS.map((f) => {
    const extra = f.id === 'feedback' ? Object.values(FEEDBACK_GROUPS) : [];
    return [f.id, [...(TALLIED[f.id] ?? []), ...extra].map((id) => `answers.${id}`)];
  }),
);

const formById = (id: string): FormDefinition => {
  const form = findForm(id);
  if (!form) throw new Error(`The report counts form ${id}, which is not in the registry`);
  return form;
};

const questionOf = (form: FormDefinition, id: string) => {
  const question = questionsOf(form.sections).find((q) => q.id === id);
  if (!question) throw new Error(`The report counts ${form.id}.${id}, which the form does not ask`);
  return question;
};

const given = (value: AnswerValue | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value];

/** Sentence case for a form's noun, e.g. "Neighbour nuisance report". */
export const formTitle = (form: FormDefinition): string =>
  form.noun.charAt(0).toUpperCase() + form.noun.slice(1);

export const tally = (form: FormDefinition, questionId: string, records: ReportRecord[]): Tally => {
  const question = questionOf(form, questionId);
  const answered = records.map((r) => given(r.answers?.[questionId])).filter((v) => v.length > 0);
  const counts = new Map<string, number>();
  for (const values of answered) for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const known = (question.options ?? []).map((o) => o.value);
  // Values no longer offered (answered under an older version of the form) still count, under their value.
  const unknown = [...counts.keys()].filter((v) => !known.includes(v)).sort();
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v;
  return {
    questionId,
    question: question.label,
    multiple: question.type === 'checkboxes',
    n: answered.length,
    options: [...known, ...unknown].map((value) => ({
      value,
      label: label(value),
      ...rate(counts.get(value) ?? 0, answered.length),
    })),
  };
};

const share = (records: ReportRecord[], rule: { questionId: string; values: string[] }): Rate => {
  const answered = records.map((r) => r.answers?.[rule.questionId]).filter((v) => typeof v === 'string');
  return rate(answered.filter((v) => rule.values.includes(v)).length, answered.length);
};

const groupRates = (form: FormDefinition, groupId: string, records: ReportRecord[]): GroupRates[] =>
  (questionOf(form, groupId).options ?? []).map((option) => {
    const group = records.filter((r) => r.answers?.[groupId] === option.value);
    return {
      value: option.value,
      label: option.label,
      n: group.length,
      satisfied: share(group, SATISFIED),
      wouldRecommend: share(group, RECOMMENDS),
    };
  });

const countBy = <K extends string>(items: K[]): Map<K, number> => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

const formCounts = (form: FormDefinition, records: ReportRecord[], months: string[]): FormCounts => {
  const perMonth = countBy(records.map((r) => monthOf(r.createdAt)));
  const perTeam = countBy(records.map((r) => r.team));
  return {
    formId: form.id,
    title: formTitle(form),
    total: records.length,
    byMonth: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
    byTeam: [...perTeam]
      .map(([team, count]) => ({ team, count }))
      .sort((a, b) => b.count - a.count || a.team.localeCompare(b.team)),
  };
};

/**
 * The outcome report as numbers: pure arithmetic over the records given (any outside the range
 * are left out). The CLI and the monthly email both format this one result.
 */
export const buildReport = (records: ReportRecord[], range: DateRange): OutcomeReport => {
  const months = monthsIn(range);
  const { from, to } = createdAtBounds(range);
  const inRange = records.filter((r) => r.createdAt >= from && r.createdAt <= to);
  const of = (formId: string) => inRange.filter((r) => r.formId === formId);
  const tallies = (formId: string) =>
    (TALLIED[formId] ?? []).map((q) => tally(formById(formId), q, of(formId)));
  const feedbackForm = formById('feedback');
  const feedback = of('feedback');
  return {
    since: isoDay(range.start),
    until: lastDayOf(range),
    months,
    forms: FORMS.map((form) => formCounts(form, of(form.id), months)),
    referral: { total: of('referral').length, tallies: tallies('referral') },
    nuisance: { total: of('nuisance').length, tallies: tallies('nuisance') },
    feedback: {
      total: feedback.length,
      satisfied: share(feedback, SATISFIED),
      wouldRecommend: share(feedback, RECOMMENDS),
      byRole: groupRates(feedbackForm, FEEDBACK_GROUPS.role, feedback),
      byMeetingType: groupRates(feedbackForm, FEEDBACK_GROUPS.meetingType, feedback),
      tallies: tallies('feedback'),
    },
  };
};
