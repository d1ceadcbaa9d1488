import type { ThresholdRules } from '../config/case-review-schema.ts';
import { withinCalendarMonths } from '../time/calendar-months.ts';

/**
 * The ASB Case Review threshold, worked out from an application and the partnership's rules
 * (config `caseReview.threshold`): pure, so the workspace, the letters and the figures all read
 * the same verdict, and the tests can walk its boundaries.
 */

/** One complaint the applicant made about the behaviour (entered by hand or an incident on their case). */
export interface Complaint {
  id: string;
  /** When the behaviour happened (London day, YYYY-MM-DD); undefined when they do not know. */
  behaviourOn?: string;
  /** When they complained about it (London day). */
  complainedOn: string;
  /** The incident was motivated by hate (from its own urgent marker, when it came from their case). */
  hate?: boolean;
}

export interface ThresholdApplication {
  /** The day the application arrived (London day). */
  appliedOn: string;
  complaints: readonly Complaint[];
  /** The applicant says the behaviour is motivated by hate. */
  hate: boolean;
  /** How many households have complained about the same behaviour (a community application). */
  households?: number;
}

/** Why a complaint does not count, each in the words the workspace shows (case-review/words.ts). */
export type NotCountedReason =
  | 'after-application'
  | 'before-behaviour'
  | 'too-long-ago'
  | 'behaviour-unknown'
  | 'complained-too-late';

export interface ComplaintVerdict {
  id: string;
  counts: boolean;
  why?: NotCountedReason;
}

/** "met", "not met" or "for the partnership to decide". */
export type ThresholdOutcome = 'met' | 'not-met' | 'decide';

/** What the outcome rests on. */
export type ThresholdGrounds =
  | 'complaints'
  | 'hate'
  | 'community'
  | 'hate-for-partnership'
  | 'dates-unknown'
  | 'below-threshold'
  | 'no-complaints';

export interface ThresholdResult {
  outcome: ThresholdOutcome;
  grounds: ThresholdGrounds;
  /** Qualifying complaints, and how many the rules ask for. */
  counted: number;
  needed: number;
  /** Every complaint, in the order given, with whether it counts and why not. */
  complaints: ComplaintVerdict[];
}

const verdict = (complaint: Complaint, appliedOn: string, rules: ThresholdRules): ComplaintVerdict => {
  const { id, behaviourOn, complainedOn } = complaint;
  const not = (why: NotCountedReason): ComplaintVerdict => ({ id, counts: false, why });
  if (complainedOn > appliedOn) return not('after-application');
  if (behaviourOn !== undefined && behaviourOn > complainedOn) return not('before-behaviour');
  if (!withinCalendarMonths(complainedOn, appliedOn, rules.applicationWithinMonths))
    return not('too-long-ago');
  if (behaviourOn === undefined) return not('behaviour-unknown');
  if (!withinCalendarMonths(behaviourOn, complainedOn, rules.complaintWithinMonths)) {
    return not('complained-too-late');
  }
  return { id, counts: true };
};

/** The threshold for one application under the partnership's rules. */
export const assessThreshold = (
  application: ThresholdApplication,
  rules: ThresholdRules,
): ThresholdResult => {
  const complaints = application.complaints.map((c) => verdict(c, application.appliedOn, rules));
  const counted = complaints.filter((c) => c.counts).length;
  const needed = rules.complaints;
  const result = (outcome: ThresholdOutcome, grounds: ThresholdGrounds): ThresholdResult => ({
    outcome,
    grounds,
    counted,
    needed,
    complaints,
  });
  // Enough qualifying complaints always meets it, whatever else the rules say (the Act's floor).
  if (counted >= needed) return result('met', 'complaints');
  const hate =
    application.hate || application.complaints.some((c, i) => c.hate && complaints[i]?.counts === true);
  if (hate && counted > 0 && rules.hate === 'meets') return result('met', 'hate');
  if (hate && counted > 0 && rules.hate === 'decide') return result('decide', 'hate-for-partnership');
  const households = rules.community?.households;
  if (households !== undefined && (application.households ?? 0) >= households && counted > 0) {
    return result('met', 'community');
  }
  // Complaints that would count if their behaviour's date were known: the partnership checks them.
  const unknown = complaints.filter((c) => c.why === 'behaviour-unknown').length;
  if (unknown > 0 && counted + unknown >= needed) return result('decide', 'dates-unknown');
  return result('not-met', complaints.length === 0 ? 'no-complaints' : 'below-threshold');
};
