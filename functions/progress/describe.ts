import type { FormDefinition } from '../forms/types.ts';
import { dayName } from '../time/times.ts';
import { standingSteps } from './history.ts';
import { detailLabel } from './step-questions.ts';
import { RECEIVED, type StepEntry } from './types.ts';

/**
 * Progress in words, as the team reads it in the workspace, the operators' tools and exports
 * (English: the team's language).
 */

/** A status as people read it: the step's label, or "Received". */
export const statusLabel = (form: FormDefinition | undefined, status: string | undefined): string =>
  !status || status === RECEIVED
    ? 'Received'
    : (form?.progress.steps.find((s) => s.id === status)?.label ?? status);

/** "First contact made, 3 November 2026 (Phone call)": an entry in one line, without its note. */
export const entryText = (form: FormDefinition, entry: StepEntry): string => {
  const step = form.progress.steps.find((s) => s.id === entry.step);
  const detail = entry.detail && (step ? detailLabel(step, entry.detail) : entry.detail);
  return `${step?.label ?? entry.step}, ${dayName(entry.on)}${detail ? ` (${detail})` : ''}`;
};

/** The label of the option a standing entry of this step chose (the closure reason), if any. */
export const standingDetailLabel = (
  form: FormDefinition,
  stepId: string,
  entries: readonly StepEntry[] | undefined,
): string | undefined => {
  const step = form.progress.steps.find((s) => s.id === stepId);
  const entry = standingSteps(entries)
    .filter((e) => e.step === stepId && e.detail)
    .at(-1);
  if (!step || !entry?.detail) return undefined;
  return detailLabel(step, entry.detail);
};
