import type { ProgressSpec, StepEntry } from './types.ts';
import { RECEIVED } from './types.ts';

/** The entries that stand: every entry that no other entry corrects, in the order recorded. */
export const standingSteps = (entries: readonly StepEntry[] = []): StepEntry[] => {
  const corrected = new Set(entries.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return entries.filter((e) => !corrected.has(e.id));
};

/**
 * The step a submission has reached: the furthest standing step in the form's order (a correction
 * recorded late does not move a case back), or "received" when none stands.
 */
export const statusOf = (spec: ProgressSpec, entries: readonly StepEntry[] = []): string => {
  const order = spec.steps.map((s) => s.id);
  const reached = standingSteps(entries)
    .map((e) => order.indexOf(e.step))
    .filter((i) => i >= 0);
  return reached.length ? (order[Math.max(...reached)] ?? RECEIVED) : RECEIVED;
};

/** The earliest day a standing entry records for this step, if any does. */
export const dayOf = (entries: readonly StepEntry[] | undefined, step: string): string | undefined =>
  standingSteps(entries)
    .filter((e) => e.step === step)
    .map((e) => e.on)
    .sort()[0];
