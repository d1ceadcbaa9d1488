import type { ProgressSpec } from './types.ts';

/** How the workspace speaks of waiting when a form says nothing of its own (ProgressSpec.words). */
export const FIRST_CONTACT_WORDS = {
  waiting: 'Waiting for first contact',
  timeTo: 'Time to first contact',
} as const;

/** A form's own words for waiting and the time it takes: feedback waits "to be read". */
export const progressWords = (
  spec: Pick<ProgressSpec, 'words'> | undefined,
): { waiting: string; timeTo: string } => spec?.words ?? FIRST_CONTACT_WORDS;
