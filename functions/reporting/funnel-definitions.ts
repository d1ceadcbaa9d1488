import { FIRST_CONTACT_WORDS } from '../progress/words.ts';

/**
 * What each figure of the progress report counts, in one line each: printed under its table in the
 * email, `ops report` and the workspace page, so two services reading them count the same way.
 */
export const FUNNEL_MEASURES = {
  erased: {
    measure: 'Received',
    definition:
      'Of the submissions received in the period, how many have since been erased or reached the end of their retention. Each left an anonymous tally (form, team, month received; steps reached, first contact and closure reason, each to the month; no reference, answers or days), so they still count in every figure here but the open caseload.',
  },
  reached: {
    measure: 'Reached each step',
    definition:
      'Of the submissions received in the period, how many have a standing (not corrected) entry for the step dated on or before the report day; records from before steps existed count as received only.',
  },
  firstContact: {
    // A form may name it in its own words (ProgressSpec.words.timeTo: feedback's "Time to read").
    measure: FIRST_CONTACT_WORDS.timeTo,
    definition:
      "Working days (Monday to Friday, less bank holidays in England and Wales and the service's own closures) from the London day received to the day of first contact. Median: of those contacted. Within target: contacted within the form's target, out of those contacted or whose target had passed by the report day.",
  },
  closures: {
    measure: 'Closure reasons',
    definition:
      'Of the submissions received in the period and closed by the report day, the reason recorded on the standing closing entry.',
  },
  open: {
    measure: 'Open caseload by age (working days)',
    definition:
      'Every submission received on or before the report day (whenever received, while still kept) with no standing closing entry by then and not paused on that day, by working days from received to the report day.',
  },
  paused: {
    measure: 'Paused now',
    definition:
      'Every submission received on or before the report day (whenever received, while still kept), not closed and paused on that day: its latest pause not yet resumed. A paused case is open, never counted as closed, and its working-day targets stop while it is paused. A closure recorded as "On hold while a case is live" (before pauses existed) counts as a pause.',
  },
} as const;

/** The one row of "Paused now". */
export const PAUSED_NOW_LABEL = 'Paused on the report day';

/** The report day: the last day of the period, or today when the period has not ended. */
export const REPORT_DAY_DEFINITION =
  'The report day is the last day of the period, or today if the period has not ended yet.';

/** Age bands of the open caseload, in working days (both ends included). */
export const AGE_BANDS: readonly { label: string; min: number; max: number }[] = [
  { label: '0 to 5', min: 0, max: 5 },
  { label: '6 to 20', min: 6, max: 20 },
  { label: '21 to 60', min: 21, max: 60 },
  { label: 'Over 60', min: 61, max: Number.POSITIVE_INFINITY },
];

/** Shown wherever a count includes submissions since erased or expired, and some were (n > 0). */
export const SINCE_ERASED_LABEL = 'Of which since erased';
export const sinceErased = (n: number): string => `of which since erased: ${n}`;

export const MEDIAN_LABEL = 'Median working days';
export const WITHIN_TARGET_LABEL = 'Within target';
