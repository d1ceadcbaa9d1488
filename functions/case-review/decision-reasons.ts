import type { ServiceConfig } from '../config/schema.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { thresholdOf } from './application.ts';
import type { ThresholdOutcome } from './threshold.ts';

/**
 * A threshold decision against the rule (not met when the rule says met) or beyond it (a review
 * when the rule says not met) needs its reasons in the step's note: the statutory guidance asks the
 * partnership to weigh the persistence of the behaviour, the harm and the adequacy of the response.
 * "For the partnership to decide" is theirs either way, with reasons.
 */
export const DECISION_STEP = 'decided';

const RULE_SAYS: Record<ThresholdOutcome, string> = {
  met: 'The rules say the threshold is met',
  'not-met': 'The rules say the threshold is not met',
  decide: 'The rules leave this one to the partnership',
};

/**
 * The message when a decision (the step's options, case-review-steps.ts) needs reasons, else
 * undefined: only "met" where the rule says met, and "not met" where it says not met, agree with it.
 */
export const reasonsNeeded = (ruleSays: ThresholdOutcome, decision: string): string | undefined => {
  const agrees = decision === ruleSays && ruleSays !== 'decide';
  return agrees
    ? undefined
    : `${RULE_SAYS[ruleSays]}: give the reasons for this decision in the note (the persistence of the behaviour, the harm, and the adequacy of the response so far)`;
};

/** The hook checkStep calls for a Case Review: reasons needed for this step's choice, on this record. */
export const decisionReasons =
  (record: Pick<SubmissionRecord, 'answers' | 'createdAt'>, config: Pick<ServiceConfig, 'caseReview'>) =>
  (stepId: string, detail: string): string | undefined =>
    stepId === DECISION_STEP ? reasonsNeeded(thresholdOf(record, config).outcome, detail) : undefined;
