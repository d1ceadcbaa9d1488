import { standingSteps } from './history.ts';
import type { ProgressSpec, StepEntry, StepSpec } from './types.ts';

/**
 * The order rules, apart from the field rules so corrections can run them on the trail they would
 * leave. Chosen: each step needs the nearest earlier step that is not optional; closing needs none
 * (a case may close at any point after it is received); nothing follows a closure; a step that is
 * not repeatable stands at most once and cannot be added once a later step stands.
 */

/** The step that must stand before this one, if any. */
export const prerequisiteOf = (spec: ProgressSpec, step: StepSpec): StepSpec | undefined => {
  if (step.closes) return undefined;
  const index = spec.steps.findIndex((s) => s.id === step.id);
  return spec.steps
    .slice(0, index)
    .reverse()
    .find((s) => !s.optional && !s.closes);
};

/** Why this step cannot be added to these standing entries, or undefined when it can. */
export const orderProblem = (
  spec: ProgressSpec,
  standing: readonly StepEntry[],
  step: StepSpec,
): string | undefined => {
  const byId = new Map(spec.steps.map((s, i) => [s.id, { spec: s, index: i }]));
  const closure = standing.find((e) => byId.get(e.step)?.spec.closes);
  if (closure) return 'This case is closed. To reopen it, correct the closure.';
  if (!step.repeatable && standing.some((e) => e.step === step.id))
    return `${step.label} is already recorded. To change it, correct that entry.`;
  const need = prerequisiteOf(spec, step);
  if (need && !standing.some((e) => e.step === need.id)) return `Record ${lower(need.label)} first`;
  const here = byId.get(step.id)?.index ?? -1;
  const later = standing.map((e) => byId.get(e.step)).find((s) => s && s.index > here);
  if (!step.repeatable && later)
    return `${step.label} comes before ${lower(later.spec.label)}, which is already recorded`;
  return undefined;
};

/**
 * After a correction, every standing step must still have the step it needs: correcting first
 * contact away while an assessment stands would leave the assessment hanging.
 */
export const danglingAfter = (spec: ProgressSpec, entries: readonly StepEntry[]): string | undefined => {
  const standing = standingSteps(entries);
  for (const entry of standing) {
    const step = spec.steps.find((s) => s.id === entry.step);
    const need = step && prerequisiteOf(spec, step);
    if (need && !standing.some((e) => e.step === need.id))
      return `${step.label} needs ${lower(need.label)}: correct ${lower(step.label)} first`;
  }
  return undefined;
};

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
