import type { ServiceConfig } from '../config/schema.ts';
import { CASE_REVIEW_STEPS, TARGETED_STEPS, type TargetedStep } from '../forms/steps/case-review-steps.ts';
import { standingSteps, statusOf } from '../progress/history.ts';
import { ageInWorkingDays, type TargetRecord } from '../progress/targets.ts';

/**
 * The Case Review's later targets (config `caseReview.targets`): each step due within so many
 * working days of the application arriving. The acknowledgement is the form's first-contact step
 * and keeps the first-contact target every form has (progress/targets.ts).
 */

/** What the overdue email says is due, in words a team reads at a glance. */
export const DUE_WORDS: Record<TargetedStep, string> = {
  shared: 'passing to the partner bodies',
  decided: 'the threshold decision',
  'review-held': 'the review meeting',
  'outcome-sent': 'the outcome letter',
};

export interface OverdueStep {
  step: TargetedStep;
  targetDays: number;
  ageDays: number;
}

/** Steps that no longer apply once the threshold is decided as not met: no review follows. */
const AFTER_A_REVIEW: readonly TargetedStep[] = ['review-held', 'outcome-sent'];

/**
 * The first targeted step not yet recorded whose target has passed on `today` (London day), if any:
 * none once the case is closed or paused, and no review steps once the threshold was not met.
 */
export const overdueStep = (
  record: TargetRecord,
  config: Pick<ServiceConfig, 'caseReview' | 'workingDays'>,
  today: string,
): OverdueStep | undefined => {
  const status = statusOf(CASE_REVIEW_STEPS, record.steps);
  const spec = CASE_REVIEW_STEPS.steps.find((s) => s.id === status);
  if (spec?.closes || spec?.pauses) return undefined;
  const standing = standingSteps(record.steps);
  const recorded = new Set(standing.map((e) => e.step));
  const noReview = standing.some((e) => e.step === 'decided' && e.detail === 'not-met');
  const ageDays = ageInWorkingDays(record, today, config.workingDays, CASE_REVIEW_STEPS);
  for (const step of TARGETED_STEPS) {
    if (recorded.has(step) || (noReview && AFTER_A_REVIEW.includes(step))) continue;
    const targetDays = config.caseReview.targets[step];
    return ageDays > targetDays ? { step, targetDays, ageDays } : undefined;
  }
  return undefined;
};
