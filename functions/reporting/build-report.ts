import type { ServiceConfig } from '../config/schema.ts';
import { questionsOf } from '../forms/applicable.ts';
import { questionType } from '../forms/question-types/index.ts';
import { FORMS } from '../forms/registry.ts';
import type { Answers, AnswerValue, FormDefinition, RateRule, ReportSpec } from '../forms/types.ts';
import { sentence } from '../forms/words.ts';
import {
  createdAtBounds,
  type DateRange,
  firstDayOf,
  lastDayOf,
  monthOf,
  monthsIn,
  wholeMonthsIn,
} from '../time/date-range.ts';
import { type CaseReviewSection, caseReviewSections } from './case-review-section.ts';
import { type ErasedGroup, type ErasedTally, erasedGroups } from './erased-tally.ts';
import { buildFunnels, type Funnel } from './funnel.ts';
import type { FunnelRecord } from './funnel-record.ts';
import { type Rate, rate } from './rate.ts';

/** What the report needs of a submission: no reference, and only the answers it counts. */
export interface ReportRecord extends FunnelRecord {
  answers?: Answers;
  /** When the person was told about the ASB Case Review (a second report within six months). */
  caseReviewNoticeAt?: string;
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

/** Counts include submissions since erased or expired (from their tallies); `erased` says how many. */
export interface FormCounts {
  formId: string;
  title: string;
  total: number;
  erased: number;
  byMonth: { month: string; count: number; erased: number }[];
  byTeam: { team: string; count: number; erased: number }[];
}

/** Rates for one group of answers, e.g. everyone whose role was "harmed". */
export interface GroupRates {
  /** The grouping's label, e.g. "Role". */
  groupBy: string;
  value: string;
  label: string;
  n: number;
  /** By rate rule id, e.g. satisfied, wouldRecommend. */
  rates: Record<string, Rate>;
}

/** A form's rates (feedback: satisfied, would recommend), overall and for each group. */
export interface OutcomeRates {
  rules: RateRule[];
  definition: string;
  overall: Record<string, Rate>;
  groups: GroupRates[];
}

/** One form's section of the report, as its definition's `report` asks. */
export interface FormOutcomes {
  formId: string;
  heading: string;
  unit?: string;
  /** Submissions whose answers are counted: those still kept. */
  total: number;
  /** Submissions received in the period since erased or expired: their answers are not kept. */
  erased: number;
  tallies: Tally[];
  rates?: OutcomeRates;
}

export interface OutcomeReport {
  /** First and last London day covered (both inclusive). */
  since: string;
  until: string;
  months: string[];
  forms: FormCounts[];
  outcomes: FormOutcomes[];
  /** The day the progress figures are counted to (London): the period's last day, or today if sooner. */
  reportDay?: string;
  /** Each team's progress on each form (empty when built without the configuration). */
  funnels: Funnel[];
  /** Each Case Review team's figures for the period (empty when built without the configuration). */
  caseReview: CaseReviewSection[];
}

/** One form's outcomes from a report (throws if the report has no such form). */
export const outcomesOf = (report: OutcomeReport, formId: string): FormOutcomes => {
  const outcomes = report.outcomes.find((o) => o.formId === formId);
  if (!outcomes) throw new Error(`The report has no outcomes for form ${formId}`);
  return outcomes;
};

/**
 * Every answer the report reads for a form. The query asks for these alone, so names, contact
 * details and free text never reach the reporting code.
 */
export const reportFields = (form: FormDefinition): string[] => {
  const { tallies, rates } = form.report;
  const ids = new Set([
    ...tallies,
    ...(rates?.rules.map((r) => r.questionId) ?? []),
    ...(rates?.groupBy.map((g) => g.questionId) ?? []),
  ]);
  return [...ids].map((id) => `answers.${id}`);
};

const questionOf = (form: FormDefinition, id: string) => {
  const question = questionsOf(form.sections).find((q) => q.id === id);
  if (!question) throw new Error(`The report counts ${form.id}.${id}, which the form does not ask`);
  return question;
};

const given = (value: AnswerValue | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value];

/** Sentence case for a form's noun, e.g. "Neighbour nuisance report". */
export const formTitle = (form: FormDefinition): string => sentence(form.noun);

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
    multiple: questionType(question).multiple,
    n: answered.length,
    options: [...known, ...unknown].map((value) => ({
      value,
      label: label(value),
      ...rate(counts.get(value) ?? 0, answered.length),
    })),
  };
};

const share = (records: ReportRecord[], rule: RateRule): Rate => {
  const answered = records.map((r) => r.answers?.[rule.questionId]).filter((v) => typeof v === 'string');
  return rate(answered.filter((v) => rule.values.includes(v)).length, answered.length);
};

const ratesFor = (rules: RateRule[], records: ReportRecord[]): Record<string, Rate> =>
  Object.fromEntries(rules.map((rule) => [rule.id, share(records, rule)]));

/** Each option of each grouping question (e.g. every role) with its own rates. */
const groupRates = (
  form: FormDefinition,
  spec: NonNullable<ReportSpec['rates']>,
  records: ReportRecord[],
): GroupRates[] =>
  spec.groupBy.flatMap(({ questionId, label: groupBy }) =>
    (questionOf(form, questionId).options ?? []).map((option) => {
      const group = records.filter((r) => r.answers?.[questionId] === option.value);
      return {
        groupBy,
        value: option.value,
        label: option.label,
        n: group.length,
        rates: ratesFor(spec.rules, group),
      };
    }),
  );

const outcomeRates = (form: FormDefinition, records: ReportRecord[]): OutcomeRates | undefined => {
  const spec = form.report.rates;
  if (!spec) return undefined;
  return {
    rules: spec.rules,
    definition: spec.definition,
    overall: ratesFor(spec.rules, records),
    groups: groupRates(form, spec, records),
  };
};

const formOutcomes = (form: FormDefinition, records: ReportRecord[], erased: number): FormOutcomes => {
  const { heading, unit, tallies } = form.report;
  const rates = outcomeRates(form, records);
  return {
    formId: form.id,
    heading,
    ...(unit ? { unit } : {}),
    total: records.length,
    erased,
    tallies: tallies.map((q) => tally(form, q, records)),
    ...(rates ? { rates } : {}),
  };
};

const countBy = <K extends string>(items: K[]): Map<K, number> => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

const sumBy = <K extends string>(groups: ErasedGroup[], key: (g: ErasedGroup) => K): Map<K, number> => {
  const sums = new Map<K, number>();
  for (const g of groups) sums.set(key(g), (sums.get(key(g)) ?? 0) + g.received);
  return sums;
};

const formCounts = (
  form: FormDefinition,
  records: ReportRecord[],
  months: string[],
  erased: ErasedGroup[],
): FormCounts => {
  const perMonth = countBy(records.map((r) => monthOf(r.createdAt)));
  const perTeam = countBy(records.map((r) => r.team));
  const erasedPerMonth = sumBy(erased, (g) => g.month);
  const erasedPerTeam = sumBy(erased, (g) => g.team);
  const teams = new Set([...perTeam.keys(), ...erasedPerTeam.keys()]);
  const erasedTotal = erased.reduce((n, g) => n + g.received, 0);
  return {
    formId: form.id,
    title: formTitle(form),
    total: records.length + erasedTotal,
    erased: erasedTotal,
    byMonth: months.map((month) => {
      const gone = erasedPerMonth.get(month) ?? 0;
      return { month, count: (perMonth.get(month) ?? 0) + gone, erased: gone };
    }),
    byTeam: [...teams]
      .map((team) => {
        const gone = erasedPerTeam.get(team) ?? 0;
        return { team, count: (perTeam.get(team) ?? 0) + gone, erased: gone };
      })
      .sort((a, b) => b.count - a.count || a.team.localeCompare(b.team)),
  };
};

/**
 * The outcome report as numbers: pure arithmetic over the records given (any outside the range
 * are left out), each form counted as its definition's `report` says, plus the tallies of
 * submissions since erased or expired (`erased`: only those of months the range covers whole
 * count, as a tally knows the month and not the day). The CLI and the monthly email both format
 * this one result.
 */
export const buildReport = (
  records: ReportRecord[],
  range: DateRange,
  progress?: { config: ServiceConfig; today: string },
  erased: ErasedTally[] = [],
): OutcomeReport => {
  const months = monthsIn(range);
  const whole = new Set(wholeMonthsIn(range));
  const groups = erasedGroups(erased.filter((t) => whole.has(t.month)));
  const { from, to } = createdAtBounds(range);
  const inRange = records.filter((r) => r.createdAt >= from && r.createdAt <= to);
  const of = (formId: string) => inRange.filter((r) => r.formId === formId);
  const erasedOf = (formId: string) => groups.filter((g) => g.formId === formId);
  const until = lastDayOf(range);
  const reportDay = progress && [progress.today, until].sort()[0];
  return {
    since: firstDayOf(range),
    until,
    months,
    forms: FORMS.map((form) => formCounts(form, of(form.id), months, erasedOf(form.id))),
    outcomes: FORMS.map((form) =>
      formOutcomes(
        form,
        of(form.id),
        erasedOf(form.id).reduce((n, g) => n + g.received, 0),
      ),
    ),
    ...(reportDay ? { reportDay } : {}),
    // Records before the period still count in the open caseload; records after it are left out.
    funnels:
      progress && reportDay
        ? buildFunnels(
            inRange,
            records.filter((r) => r.createdAt <= to),
            progress.config,
            reportDay,
            groups,
          )
        : [],
    caseReview: progress
      ? caseReviewSections(
          { since: firstDayOf(range), until, from, to },
          inRange,
          records.filter((r) => r.createdAt <= to),
          groups,
          progress.config,
        )
      : [],
  };
};
