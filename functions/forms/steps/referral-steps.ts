import type { ProgressSpec } from '../../progress/types.ts';
import { options } from '../common-questions.ts';
import { ON_HOLD_CLOSURE, PAUSE_STEPS } from './pause-steps.ts';

/** The restorative justice journey teams record (domain.md: Essex, Sussex, Thames Valley). */
export const REFERRAL_STEPS: ProgressSpec = {
  // Victims' Code: information about restorative justice within days of asking.
  target: { days: 2 },
  firstContactStep: 'first-contact',
  steps: [
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
      id: 'assessed',
      label: 'Assessed',
      detail: {
        id: 'outcome',
        label: 'What did the assessment find?',
        errorName: 'what the assessment found',
        options: options(['suitable', 'Suitable'], ['not-suitable', 'Not suitable']),
      },
    },
    { id: 'other-party-approached', label: 'Other party approached' },
    { id: 'both-agreed', label: 'Both agreed to take part' },
    {
      id: 'took-part',
      label: 'Took part',
      detail: {
        id: 'how',
        label: 'How did they take part?',
        errorName: 'how they took part',
        options: options(
          ['face-to-face', 'Face to face meeting'],
          ['shuttle', 'Shuttle (messages passed by the facilitator)'],
          ['letters', 'Letters'],
          ['recorded-message', 'Recorded message'],
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
          ['completed', 'Completed'],
          ['not-suitable', 'Not suitable'],
          ['withdrew', 'Withdrew'],
          ['other-party-declined', 'Other party declined or could not be found'],
          ['risk', 'Risk'],
          ['other', 'Other'],
        ),
        // A pause does this now (pause-steps.ts); closures that chose it read as pauses.
        retired: [ON_HOLD_CLOSURE],
      },
    },
  ],
};
