import { type CaseReviewFigures, caseReviewFigures } from '../case-review/figures.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { caseReview } from '../forms/case-review.ts';
import type { ErasedGroup } from './erased-tally.ts';
import type { FunnelRecord } from './funnel-record.ts';

/** What the Case Review section reads of a record beyond the funnel's: when its notice was given. */
export type NoticedRecord = FunnelRecord & { caseReviewNoticeAt?: string };

/**
 * One team's ASB Case Review figures for the report's period: the four statutory counts, counted
 * by the published figures' own code (case-review/figures.ts) over the period instead of a year,
 * and the second-report notices given (the ASB statutory guidance, July 2025: tell everyone who
 * reports again within six months about the Case Review).
 */
export interface CaseReviewSection {
  team: string;
  figures: Omit<CaseReviewFigures, 'year'>;
  noticesGiven: number;
}

/** The teams Case Review applications go to (`forms.case-review` in the configuration, its routes included). */
const caseReviewTeams = (config: Pick<ServiceConfig, 'forms' | 'teams'>): string[] => {
  const settings = config.forms[caseReview.id];
  const routed = settings ? [settings.team, ...settings.routes.map((r) => r.team)] : [];
  return Object.keys(config.teams).filter((team) => routed.includes(team));
};

/**
 * Each team's section, in the configuration's order of teams: applications are counted by the day
 * they arrived (`inPeriod`: the records received in the period, and the erased groups of its whole
 * months), notices by the moment they were given (`kept`: every record read, whenever received, as
 * a notice may be given on an older case). A team shows when applications go to it or it has any
 * figure in the period.
 */
export const caseReviewSections = (
  period: { since: string; until: string; from: string; to: string },
  inPeriod: readonly FunnelRecord[],
  kept: readonly NoticedRecord[],
  erased: readonly ErasedGroup[],
  config: Pick<ServiceConfig, 'forms' | 'teams'>,
): CaseReviewSection[] => {
  const year = { from: period.since, to: period.until, label: `${period.since} to ${period.until}` };
  const routed = caseReviewTeams(config);
  return Object.keys(config.teams).flatMap((team) => {
    const { year: _year, ...figures } = caseReviewFigures(
      year,
      inPeriod.filter((r) => r.team === team),
      erased.filter((g) => g.team === team),
    );
    const noticesGiven = kept.filter(
      (r) =>
        r.team === team &&
        r.caseReviewNoticeAt !== undefined &&
        r.caseReviewNoticeAt >= period.from &&
        r.caseReviewNoticeAt <= period.to,
    ).length;
    const any = figures.applications > 0 || noticesGiven > 0;
    return routed.includes(team) || any ? [{ team, figures, noticesGiven }] : [];
  });
};
