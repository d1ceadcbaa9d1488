import type { ProgressSpec } from '../../progress/types.ts';

/**
 * Feedback is read, then closed. Reading it is the first contact with it: feedback asks for no
 * reply unless the person said it may be followed up.
 */
export const FEEDBACK_STEPS: ProgressSpec = {
  // Read within a week: feedback can carry a complaint or a worry about safety that needs an answer.
  target: { days: 5 },
  firstContactStep: 'read',
  // Feedback is read, not contacted: the workspace never calls it "waiting for first contact".
  words: { waiting: 'Waiting to be read', timeTo: 'Time to read' },
  steps: [
    { id: 'read', label: 'Read' },
    { id: 'closed', label: 'Closed', closes: true },
  ],
};
