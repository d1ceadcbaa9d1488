import type { ProgressSpec } from '../../progress/types.ts';
import { options } from '../common-questions.ts';
import { PAUSE_STEPS } from './pause-steps.ts';

/** The housing and anti-social behaviour journey (domain.md): acknowledged, contact, action, closed. */
export const NUISANCE_STEPS: ProgressSpec = {
  // Housing teams promise first contact in 1 (urgent: threats, violence) to 5 working days.
  target: { days: 5, urgentDays: 1 },
  firstContactStep: 'first-contact',
  steps: [
    // Optional: first contact is often the acknowledgement.
    { id: 'acknowledged', label: 'Acknowledged', optional: true },
    {
      id: 'first-contact',
      label: 'First contact made',
      detail: {
        id: 'way',
        label: 'How did you make contact?',
        errorName: 'how you made contact',
        safeWays: true,
      },
    },
    {
      id: 'action-taken',
      label: 'Action taken',
      repeatable: true,
      detail: {
        id: 'action',
        label: 'What action was taken?',
        errorName: 'what action was taken',
        options: options(
          ['visit', 'Visit'],
          ['warning', 'Warning'],
          ['mediation-offered', 'Mediation offered'],
          ['restorative-meeting', 'Restorative meeting'],
          ['referred-on', 'Referred to the police or another agency'],
          ['other', 'Other'],
        ),
      },
    },
    ...PAUSE_STEPS,
    {
      id: 'closed',
      label: 'Closed',
      closes: true,
      detail: {
        id: 'reason',
        label: 'Why was it closed?',
        errorName: 'why it was closed',
        options: options(
          ['resolved', 'Resolved'],
          ['no-further-action', 'No further action'],
          ['passed-on', 'Passed to another agency'],
          ['other', 'Other'],
        ),
      },
    },
  ],
};
