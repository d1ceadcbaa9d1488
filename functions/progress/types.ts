import type { Option } from '../forms/option.ts';

/**
 * A choice recorded with a step: how first contact was made, what the assessment found, how people
 * took part, why the case closed. `safeWays` means the options are the ways of contact the person
 * marked safe on the form, so staff can only record a channel the person allowed.
 */
export type StepDetail = {
  id: string;
  label: string;
  /** How messages name it: "Select how you made contact". */
  errorName: string;
  /**
   * Choices no longer offered, kept so entries that chose one still read in words. With
   * `pauseReason`, an entry that chose it reads as a pause with that reason: the closure reason
   * "On hold while a case is live", from before pauses existed (docs/operations.md, "Paused cases").
   */
  retired?: (Option & { pauseReason?: string })[];
} & ({ options: Option[]; safeWays?: never } | { safeWays: true; options?: never });

/** One step a team records on a submission, as the form definition declares it. */
export interface StepSpec {
  id: string;
  /** What was done, as the history and the report show it: "First contact made". */
  label: string;
  /** The choice that must be recorded with the step, if any. */
  detail?: StepDetail;
  /** The step that ends the work on a submission; its detail holds the closure reasons. */
  closes?: boolean;
  /** May be recorded more than once (several actions on one nuisance report). */
  repeatable?: boolean;
  /**
   * May be skipped: the step after it needs the one before it instead. Closing never needs an
   * earlier step (a case may close at any point after it is received).
   */
  optional?: boolean;
  /**
   * Puts the case on hold (a live investigation or court case, the person unavailable): not a
   * closure. The case stays open, its working-day targets stop, and a review date is recorded.
   */
  pauses?: boolean;
  /** Takes a paused case off hold. */
  resumes?: boolean;
  /**
   * The anonymous tally left at erasure keeps which of its detail's options stands (to the month),
   * for a figure that must still count after erasure: the Case Review's reviews with recommendations.
   */
  tallied?: boolean;
}

/** A form's case progress: its steps in the order work goes, and which one is first contact. */
export interface ProgressSpec {
  steps: StepSpec[];
  /** The step that counts as first contact for targets, the overdue job and the funnel. */
  firstContactStep: string;
  /**
   * First contact within this many working days (the deployer may change it in configuration);
   * `urgentDays` for submissions with an urgent marker. Past it, the daily job tells the team.
   */
  target: { days: number; urgentDays?: number };
  /**
   * How the workspace speaks of waiting on this form, in its own words: a referral waits "for first
   * contact", feedback waits "to be read". Defaults to the first-contact words.
   */
  words?: { waiting: string; timeTo: string };
}

/**
 * One recorded step, kept on the submission record (so erasing the record erases it). Entries are
 * never edited: a correction is a new entry naming the one it replaces, and both stay in the trail.
 */
export interface StepEntry {
  /** Unique within the record, so a correction can name what it replaces. */
  id: string;
  step: string;
  /** The day it happened, YYYY-MM-DD (London): today by default, never in the future or before received. */
  on: string;
  /** The chosen value of the step's detail. */
  detail?: string;
  /** A short note: personal data, never in emails or logs. */
  note?: string;
  /** The staff member's `sub` who recorded it. */
  by: string;
  /** Their name as the provider gave it, for the history (staff data, not the person's). */
  byName?: string;
  /** When it was recorded (ISO 8601, UTC). */
  recordedAt: string;
  /** The id of the entry this one corrects. */
  corrects?: string;
  /** For a pause: the day (YYYY-MM-DD, London) to look at the case again. */
  reviewOn?: string;
}

/** A date someone means to come back to a case by, and what for. */
export interface FollowUp {
  /** YYYY-MM-DD (London), never in the past when set. */
  on: string;
  /** What for: a short line (personal data: never in emails or logs). */
  what: string;
  /** The `sub` of who set it, and their name. */
  by: string;
  byName?: string;
  /** When it was set (ISO 8601, UTC). */
  setAt: string;
}

/** The status of a submission with no steps yet (and of every record from before steps existed). */
export const RECEIVED = 'received';
