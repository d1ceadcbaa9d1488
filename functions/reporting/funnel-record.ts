import type { StepEntry } from '../progress/types.ts';

/**
 * What the funnel reads of a submission: no reference, no answers, steps without their notes. In a
 * home of its own: the funnel (funnel.ts) counts these and the erased tally (erased-tally.ts)
 * reduces one to its anonymous entry, so neither imports the other for it.
 */
export interface FunnelRecord {
  formId: string;
  createdAt: string;
  team: string;
  urgent?: string[];
  steps?: StepEntry[];
}
