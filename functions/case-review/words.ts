import type { ThresholdRules } from '../config/case-review-schema.ts';
import type { NotCountedReason, ThresholdGrounds, ThresholdOutcome, ThresholdResult } from './threshold.ts';

/** The threshold in the words the workspace and the letters use (staff-facing English). */

export const OUTCOME_WORDS: Record<ThresholdOutcome, string> = {
  met: 'Met',
  'not-met': 'Not met',
  decide: 'For the partnership to decide',
};

export const NOT_COUNTED_WORDS: Record<NotCountedReason, string> = {
  'after-application': 'made after the application',
  'before-behaviour': 'the complaint is dated before the behaviour it is about: check the dates',
  'too-long-ago': 'made more than {applicationWithinMonths} before the application',
  'behaviour-unknown': 'the date of the behaviour is not known: check it with whoever took the complaint',
  'complained-too-late': 'made more than {complaintWithinMonths} after the behaviour',
};

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** Why a complaint does not count, with the partnership's windows filled in. */
export const notCountedText = (why: NotCountedReason, rules: ThresholdRules): string =>
  NOT_COUNTED_WORDS[why]
    .replace('{applicationWithinMonths}', months(rules.applicationWithinMonths))
    .replace('{complaintWithinMonths}', months(rules.complaintWithinMonths));

const complaints = (n: number) => `${n} qualifying ${n === 1 ? 'complaint' : 'complaints'}`;

/** What the outcome rests on, in one sentence. */
export const groundsText = (result: ThresholdResult, rules: ThresholdRules): string => {
  const counted = complaints(result.counted);
  const needed = `the threshold here is ${complaints(result.needed)}`;
  const words: Record<ThresholdGrounds, string> = {
    complaints: `${counted}; ${needed}.`,
    hate: `${counted}, about behaviour motivated by hate, which meets the threshold on its own here.`,
    community: `${counted}, and ${rules.community?.households ?? 0} or more households have complained about the same behaviour.`,
    'hate-for-partnership': `${counted}, about behaviour motivated by hate: the partnership decides whether it meets the threshold.`,
    'dates-unknown': `${counted}; ${needed}. Others would count if the date of the behaviour were known.`,
    'below-threshold': `${counted}; ${needed}. The partnership may still decide to review, on the persistence of the behaviour, the harm, and the adequacy of the response.`,
    'no-complaints': 'No complaints are given. The partnership may still decide to review.',
  };
  return words[result.grounds];
};

/** The partnership's rules, for the page to state beside the result. */
export const rulesText = (rules: ThresholdRules): string =>
  [
    `${complaints(rules.complaints)}, each made within ${months(rules.complaintWithinMonths)} of the behaviour and within ${months(rules.applicationWithinMonths)} before the application.`,
    rules.hate === 'meets'
      ? 'One qualifying complaint about hate-motivated behaviour meets it.'
      : rules.hate === 'decide'
        ? 'Hate-motivated behaviour goes to the partnership to decide.'
        : '',
    rules.community
      ? `${rules.community.households} households complaining about the same behaviour meets it.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
