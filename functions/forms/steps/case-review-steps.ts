import type { ProgressSpec } from '../../progress/types.ts';
import { options } from '../common-questions.ts';

/**
 * The ASB Case Review's clock (Anti-social Behaviour, Crime and Policing Act 2014, Schedule 4;
 * statutory guidance, July 2025): acknowledged, passed to every relevant body, the threshold
 * decided (with reasons, sent to the applicant), the review held (with the applicant taking part as
 * they chose), recommendations, the outcome sent, closed (when and why). An appeal or query goes to
 * the body the deployer names (`caseReview.appeal`). Each later step's working-day target is
 * `caseReview.targets.<step>` (case-review/step-targets.ts); the acknowledgement's is the form's
 * first-contact target.
 */
export const CASE_REVIEW_STEPS: ProgressSpec = {
  target: { days: 2 },
  firstContactStep: 'acknowledged',
  words: { waiting: 'to be acknowledged', timeTo: 'Time to acknowledgement' },
  steps: [
    {
      id: 'acknowledged',
      label: 'Acknowledged',
      detail: {
        id: 'way',
        label: 'How was the acknowledgement sent?',
        errorName: 'how the acknowledgement was sent',
        safeWays: true,
      },
    },
    { id: 'shared', label: 'Passed to the partner bodies' },
    {
      id: 'decided',
      label: 'Threshold decided',
      detail: {
        id: 'decision',
        label: 'What was decided?',
        errorName: 'what was decided',
        options: options(
          ['met', 'Threshold met: a review will be held'],
          ['not-met', 'Threshold not met'],
          ['review-anyway', 'Threshold not met, but a review will be held'],
        ),
      },
    },
    {
      id: 'review-held',
      label: 'Review meeting held',
      detail: {
        id: 'involvement',
        label: 'How did the applicant take part?',
        errorName: 'how the applicant took part',
        options: options(
          ['in-person', 'Attended in person'],
          ['online', 'Attended online'],
          ['in-writing', 'Sent their views in writing'],
          ['not', 'Did not take part'],
        ),
      },
    },
    {
      id: 'recommendations',
      label: 'Recommendations and action plan',
      detail: {
        id: 'made',
        label: 'Did the review make recommendations?',
        errorName: 'whether the review made recommendations',
        options: options(['yes', 'Yes, with an action plan'], ['no', 'No recommendations']),
      },
      // "Reviews with recommendations" is a published figure: it must outlive the case's erasure.
      tallied: true,
    },
    { id: 'outcome-sent', label: 'Outcome sent to the applicant' },
    // Optional and repeatable: an applicant unhappy with how it was done may ask more than once.
    { id: 'appeal', label: 'Appeal or query passed on', optional: true, repeatable: true },
    {
      id: 'closed',
      label: 'Closed',
      closes: true,
      detail: {
        id: 'reason',
        label: 'Why was it closed?',
        errorName: 'why it was closed',
        options: options(
          ['review-complete', 'Review complete'],
          ['threshold-not-met', 'Threshold not met'],
          ['withdrawn', 'The applicant withdrew'],
          ['other', 'Other'],
        ),
      },
    },
  ],
};

/** The steps `caseReview.targets` sets a working-day target for, in the order they come. */
export const TARGETED_STEPS = ['shared', 'decided', 'review-held', 'outcome-sent'] as const;
export type TargetedStep = (typeof TARGETED_STEPS)[number];
