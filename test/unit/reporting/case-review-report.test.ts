import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { teamName } from '../../../functions/config/team-name.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { buildReport, type ReportRecord } from '../../../functions/reporting/build-report.ts';
import { CASE_REVIEW_MEASURES, CASE_REVIEW_SECTION } from '../../../functions/reporting/case-review-rows.ts';
import { erasedEntry, talliesOf } from '../../../functions/reporting/erased-tally.ts';
import { formatReportEmail } from '../../../functions/reporting/format-report-email.ts';
import { reportCsv } from '../../../functions/reporting/report-csv.ts';
import { reportRows, teamRows } from '../../../functions/reporting/report-rows.ts';
import { reportText } from '../../../functions/reporting/report-text.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { parseCsv } from '../ops/parse-csv.ts';

/**
 * The funder report's ASB Case Review section for November 2026, run on 10 December: the four
 * statutory counts for the applications received in November (as the published figures count
 * them), and the second-report notices given in November, each team apart.
 */
const TODAY = '2026-12-10';
const NOW = new Date(`${TODAY}T10:00:00.000Z`);
const ASB = 'community-safety';
const YJ = 'youth-justice';
const name = (id: string) => teamName(serviceConfig, id);
let n = 0;
const step = (s: string, on: string, detail?: string): StepEntry => ({
  id: `e${++n}`,
  step: s,
  on,
  by: 'sub',
  recordedAt: `${on}T12:00:00.000Z`,
  ...(detail ? { detail } : {}),
});
const reviewed = (on: string) => [
  step('decided', on, 'met'),
  step('review-held', on, 'online'),
  step('recommendations', on, 'yes'),
];
const application = (createdAt: string, steps: StepEntry[]): ReportRecord => ({
  formId: 'case-review',
  team: ASB,
  createdAt,
  urgent: [],
  steps,
});
const nuisance = (createdAt: string, caseReviewNoticeAt?: string, team = ASB): ReportRecord => ({
  formId: 'nuisance',
  team,
  createdAt,
  urgent: [],
  steps: [],
  ...(caseReviewNoticeAt ? { caseReviewNoticeAt } : {}),
});

const KEPT: ReportRecord[] = [
  application('2026-11-02T10:00:00.000Z', reviewed('2026-11-20')),
  application('2026-11-10T10:00:00.000Z', [step('decided', '2026-11-12', 'not-met')]),
  // Received in October, reviewed in November: counted in October's figures, not November's.
  application('2026-10-20T10:00:00.000Z', reviewed('2026-11-25')),
  // An older case told about the Case Review in November: a notice given in November.
  nuisance('2026-09-01T10:00:00.000Z', '2026-11-03T10:00:00.000Z'),
  // 23:30 on 31 October in London (GMT since 25 October): October's.
  nuisance('2026-10-01T10:00:00.000Z', '2026-10-31T23:30:00.000Z'),
  // 23:59 on 30 November in London: November's, the last moment of it.
  nuisance('2026-11-04T10:00:00.000Z', '2026-11-30T23:59:59.999Z'),
  // Received in November, told in December: not November's notice.
  nuisance('2026-11-05T10:00:00.000Z', '2026-12-01T09:00:00.000Z'),
  nuisance('2026-11-06T10:00:00.000Z'),
  // Another team's case: its own section, apart from the ASB team's.
  nuisance('2026-11-07T10:00:00.000Z', '2026-11-08T10:00:00.000Z', YJ),
];
// Reviewed with recommendations, then erased: it counts from its tally.
const ERASED = application('2026-11-05T10:00:00.000Z', reviewed('2026-11-26'));

const november = (kept = KEPT, erased = [ERASED]) =>
  buildReport(
    kept,
    rangeFrom('2026-11-01', '2026-11-30', NOW),
    { config: serviceConfig, today: TODAY },
    talliesOf(erased.map((r) => erasedEntry(r, serviceConfig))),
  );

const section = (team: string) => november().caseReview.find((s) => s.team === team);

describe("the funder report's ASB Case Review section", () => {
  it('counts the applications received in the period as the published figures do, erased ones included', () => {
    expect(section(ASB)).toEqual({
      team: ASB,
      figures: {
        applications: 3,
        thresholdNotMet: 1,
        reviewsHeld: 2,
        reviewsWithRecommendations: 2,
        erased: 1,
      },
      noticesGiven: 2,
    });
  });

  it('gives each team its own figures, and leaves out a team with none that takes no applications', () => {
    expect(section(YJ)).toMatchObject({ figures: { applications: 0 }, noticesGiven: 1 });
    expect(section('restorative-justice')).toBeUndefined();
    // The team applications go to shows even in a month with none.
    const empty = november([], []);
    expect(empty.caseReview).toEqual([
      {
        team: ASB,
        figures: {
          applications: 0,
          thresholdNotMet: 0,
          reviewsHeld: 0,
          reviewsWithRecommendations: 0,
          erased: 0,
        },
        noticesGiven: 0,
      },
    ]);
  });

  it('is left out when the report is built without the configuration', () => {
    expect(buildReport(KEPT, rangeFrom('2026-11-01', '2026-11-30', NOW)).caseReview).toEqual([]);
  });

  it('gives the same figures as CSV, each with its definition', () => {
    const rows = parseCsv(reportCsv(november(), name, { bom: false })).filter(
      (r) => r[0] === CASE_REVIEW_SECTION,
    );
    const m = CASE_REVIEW_MEASURES;
    const asb = name(ASB);
    // Measure by measure, the teams in the configuration's order.
    const row = (measure: keyof typeof m, group: string, count: number) => [
      CASE_REVIEW_SECTION,
      m[measure].measure,
      group,
      String(count),
      '',
      '',
      m[measure].definition,
    ];
    expect(rows).toEqual([
      row('applications', name(YJ), 0),
      row('applications', asb, 3),
      row('applications', `${asb}: of which since erased`, 1),
      row('thresholdNotMet', name(YJ), 0),
      row('thresholdNotMet', asb, 1),
      row('reviewsHeld', name(YJ), 0),
      row('reviewsHeld', asb, 2),
      row('reviewsWithRecommendations', name(YJ), 0),
      row('reviewsWithRecommendations', asb, 2),
      row('noticesGiven', name(YJ), 1),
      row('noticesGiven', asb, 2),
    ]);
  });

  it('prints each figure in the text report with its definition under it', () => {
    const text = reportText(november(), name);
    expect(text).toContain(`== ${CASE_REVIEW_SECTION} ==`);
    expect(text).toMatch(
      /Reviews with recommendations\s+Result\s+-+\s+-+\s+Youth Justice Service\s+0\s+Anti-social Behaviour Team\s+2\n/,
    );
    expect(text).toMatch(
      /Second-report notices given\s+Result\s+-+\s+-+\s+Youth Justice Service\s+1\s+Anti-social Behaviour Team\s+2\n/,
    );
    for (const { definition } of Object.values(CASE_REVIEW_MEASURES)) expect(text).toContain(definition);
  });

  it("shows a team only its own Case Review rows: the lead's page, the email and the text", () => {
    const report = november();
    const leads = teamRows(report, name, [YJ]).filter((r) => r.section === CASE_REVIEW_SECTION);
    expect(leads.map((r) => r.group)).toEqual(Array(5).fill(name(YJ)));
    expect(leads.find((r) => r.measure === CASE_REVIEW_MEASURES.noticesGiven.measure)?.count).toBe(1);

    // The emails' Case Review part (after the service-wide counts every team gets).
    const part = (text: string, heading: string) => {
      expect(text).toContain(heading);
      return text.slice(text.indexOf(heading));
    };
    const yj = formatReportEmail(report, serviceConfig, YJ);
    const yjText = part(yj.text, `== ${CASE_REVIEW_SECTION} ==`);
    expect(yjText).toMatch(/Second-report notices given\s+Result\s+-+\s+-+\s+Youth Justice Service\s+1\n/);
    expect(yjText).not.toContain(name(ASB));
    expect(part(yj.html, `<h2>${CASE_REVIEW_SECTION}</h2>`)).not.toContain(name(ASB));
    const asb = formatReportEmail(report, serviceConfig, ASB);
    expect(asb.html).toContain(CASE_REVIEW_MEASURES.reviewsWithRecommendations.definition);
    expect(part(asb.text, `== ${CASE_REVIEW_SECTION} ==`)).not.toContain(name(YJ));
    // The whole report (an admin's) has both teams.
    const all = reportRows(report, name).filter((r) => r.section === CASE_REVIEW_SECTION);
    expect(new Set(all.map((r) => r.group))).toEqual(
      new Set([name(ASB), `${name(ASB)}: of which since erased`, name(YJ)]),
    );
  });
});
