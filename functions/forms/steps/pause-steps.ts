import type { StepSpec } from '../../progress/types.ts';
import { options } from '../common-questions.ts';

/**
 * Pausing a case, the same in every form that has it (referral, nuisance): one definition both
 * use. A pause is not a closure: the case stays open and its working-day targets stop until it is
 * resumed (progress/pauses.ts). Recorded as steps, so pausing and resuming are corrected, audited
 * and erased like any other.
 */

/** Why a case was paused. */
export const PAUSE_REASONS = options(
  ['live-case', 'Live investigation or court case'],
  ['person-unavailable', 'Person unavailable'],
  ['other', 'Other'],
);

/** The reason an old "on hold" closure reads as (a case live with the police or a court). */
export const LIVE_CASE = 'live-case';

export const PAUSED: StepSpec = {
  id: 'paused',
  label: 'Paused',
  pauses: true,
  // Paused, resumed, paused again: each pause is its own entry.
  repeatable: true,
  detail: {
    id: 'reason',
    label: 'Why is it paused?',
    errorName: 'why it is paused',
    options: PAUSE_REASONS,
  },
};

export const RESUMED: StepSpec = { id: 'resumed', label: 'Resumed', resumes: true, repeatable: true };

/** The two steps, in the order a form lists them (before its closure). */
export const PAUSE_STEPS: readonly StepSpec[] = [PAUSED, RESUMED];

/**
 * The referral closure reason "On hold while a case is live", no longer offered: a pause does that
 * now. Closures that chose it read as pauses for a live investigation or court case (with no review
 * date) everywhere, without rewriting what is stored; the label stays for the history.
 */
export const ON_HOLD_CLOSURE = {
  value: 'on-hold-live-case',
  label: 'On hold while a case is live',
  pauseReason: LIVE_CASE,
};
