import type { GroupRates, OutcomeReport, Tally } from './build-report.ts';
import type { Rate } from './rate.ts';

/** One number in the report, flat: the shape of the CSV and of the email's tables. */
export interface ReportRow {
  section: string;
  measure: string;
  group: string;
  count: number;
  /** How many it is out of; null for plain counts. */
  n: number | null;
  percent: number | null;
}

export const SECTIONS = {
  perMonth: 'Submissions per month',
  byTeam: 'Submissions by team',
  referral: 'Referrals',
  nuisance: 'Neighbour nuisance reports',
  feedback: 'Feedback',
} as const;

export const SATISFIED_MEASURE = 'Satisfied overall (very satisfied or satisfied)';
export const RECOMMEND_MEASURE = 'Would recommend restorative justice (answered yes)';

export type TeamName = (teamId: string) => string;

const tallyRows = (section: string, t: Tally): ReportRow[] =>
  t.options.map((o) => ({
    section,
    measure: t.multiple ? `${t.question} (more than one could be chosen)` : t.question,
    group: o.label,
    count: o.count,
    n: o.n,
    percent: o.percent,
  }));

/** Group labels in the feedback tables, e.g. "Role: I was harmed or affected". */
export const groupLabel = (kind: 'Role' | 'Meeting', g: GroupRates): string => `${kind}: ${g.label}`;

type Outcomes = Pick<GroupRates, 'satisfied' | 'wouldRecommend'>;

const rateRows = (measure: string, pick: (g: Outcomes) => Rate, report: OutcomeReport): ReportRow[] => {
  const { feedback } = report;
  return [
    { label: 'All feedback', rate: pick(feedback) },
    ...feedback.byRole.map((g) => ({ label: groupLabel('Role', g), rate: pick(g) })),
    ...feedback.byMeetingType.map((g) => ({ label: groupLabel('Meeting', g), rate: pick(g) })),
  ].map(({ label, rate }) => ({ section: SECTIONS.feedback, measure, group: label, ...rate }));
};

/** The whole report as rows, in reading order. */
export const reportRows = (report: OutcomeReport, teamName: TeamName = (id) => id): ReportRow[] => [
  ...report.forms.flatMap((f) =>
    f.byMonth.map((m) => ({
      section: SECTIONS.perMonth,
      measure: f.title,
      group: m.month,
      count: m.count,
      n: null,
      percent: null,
    })),
  ),
  ...report.forms.flatMap((f) =>
    f.byTeam.map((t) => ({
      section: SECTIONS.byTeam,
      measure: f.title,
      group: teamName(t.team),
      count: t.count,
      n: null,
      percent: null,
    })),
  ),
  ...report.referral.tallies.flatMap((t) => tallyRows(SECTIONS.referral, t)),
  ...report.nuisance.tallies.flatMap((t) => tallyRows(SECTIONS.nuisance, t)),
  ...rateRows(SATISFIED_MEASURE, (g) => g.satisfied, report),
  ...rateRows(RECOMMEND_MEASURE, (g) => g.wouldRecommend, report),
  ...report.feedback.tallies.flatMap((t) => tallyRows(SECTIONS.feedback, t)),
];
