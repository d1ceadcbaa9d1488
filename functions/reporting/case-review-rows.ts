import type { CaseReviewSection } from './case-review-section.ts';
import { SINCE_ERASED_LABEL } from './funnel-definitions.ts';
import type { ReportRow, TeamName } from './report-row.ts';

/** The report's section for the ASB Case Review: its figures for the period, one row per team. */
export const CASE_REVIEW_SECTION = 'ASB Case Review';

/**
 * What each Case Review figure counts, in one line each, as FUNNEL_MEASURES does for progress: the
 * four counts the Act asks to be published (the public figures page counts them the same way, by
 * year) and the second-report notices the statutory guidance asks for.
 */
export const CASE_REVIEW_MEASURES = {
  applications: {
    measure: 'Applications',
    definition:
      'ASB Case Review applications received in the period (sent online or entered by staff), including those erased or expired afterwards, counted from their anonymous tally.',
  },
  thresholdNotMet: {
    measure: 'Threshold not met',
    definition:
      'Of the applications received in the period, those whose standing threshold decision is "not met"; for those erased afterwards, those closed because the threshold was not met.',
  },
  reviewsHeld: {
    measure: 'Reviews held',
    definition:
      'Of the applications received in the period, those with a standing "Review meeting held" step, erased ones included.',
  },
  reviewsWithRecommendations: {
    measure: 'Reviews with recommendations',
    definition:
      'Of the applications received in the period, those whose standing recommendations step says the review made recommendations, erased ones included (from their tally, for those erased since the tally began keeping it).',
  },
  noticesGiven: {
    measure: 'Second-report notices given',
    definition:
      'Cases whose person was told about the ASB Case Review in the period, when they reported a second time within six months (once per case), among the cases still kept: a notice on a case erased afterwards is not counted.',
  },
} as const;

type Field = Exclude<keyof typeof CASE_REVIEW_MEASURES, 'noticesGiven'>;
const FIGURES: readonly Field[] = [
  'applications',
  'thresholdNotMet',
  'reviewsHeld',
  'reviewsWithRecommendations',
];

const row = (measure: keyof typeof CASE_REVIEW_MEASURES, group: string, count: number): ReportRow => ({
  section: CASE_REVIEW_SECTION,
  ...CASE_REVIEW_MEASURES[measure],
  group,
  count,
  n: null,
  percent: null,
});

/**
 * The Case Review rows, measure by measure, one row per team (of the teams given, when given: a
 * team lead's own), applications followed by how many of them were since erased, when any were.
 */
export const caseReviewRows = (
  sections: readonly CaseReviewSection[],
  teamName: TeamName,
  onlyTeams?: readonly string[],
): ReportRow[] => {
  const shown = sections.filter((s) => !onlyTeams || onlyTeams.includes(s.team));
  return [
    ...FIGURES.flatMap((field) =>
      shown.flatMap((s) => [
        row(field, teamName(s.team), s.figures[field]),
        ...(field === 'applications' && s.figures.erased > 0
          ? [row(field, `${teamName(s.team)}: ${SINCE_ERASED_LABEL.toLowerCase()}`, s.figures.erased)]
          : []),
      ]),
    ),
    ...shown.map((s) => row('noticesGiven', teamName(s.team), s.noticesGiven)),
  ];
};
