import { standingSteps } from './history.ts';
import { isHoldStep, openPause, readInDayOrder } from './pauses.ts';
import type { ProgressSpec, StepEntry, StepSpec } from './types.ts';

/**
 * The order rules, apart from the field rules so corrections can run them on the trail they would
 * leave. Chosen: each step needs the nearest earlier step that is not optional; closing needs none
 * (a case may close at any point after it is received); nothing follows a closure; a step that is
 * not repeatable stands at most once and cannot be added once a later step stands. Pausing is
 * apart from that order: a case may be paused only while open and not paused, resumed only while
 * paused, and while paused nothing but resuming or closing it may be recorded (so a paused case
 * cannot quietly move on while its targets are stopped). Pause and resume need no earlier step and
 * no step needs them. An old on-hold closure counts as a pause (pauses.ts).
 */

/** The step that must stand before this one, if any. */
export const prerequisiteOf = (spec: ProgressSpec, step: StepSpec): StepSpec | undefined => {
  if (step.closes || isHoldStep(step)) return undefined;
  const index = spec.steps.findIndex((s) => s.id === step.id);
  return spec.steps
    .slice(0, index)
    .reverse()
    .find((s) => !s.optional && !s.closes && !isHoldStep(s));
};

/** Why this step cannot be added to these standing entries, or undefined when it can. */
export const orderProblem = (
  spec: ProgressSpec,
  standing: readonly StepEntry[],
  step: StepSpec,
): string | undefined => {
  const byId = new Map(spec.steps.map((s, i) => [s.id, { spec: s, index: i }]));
  const read = readInDayOrder(spec, standing);
  const closure = read.find((e) => byId.get(e.step)?.spec.closes);
  if (closure) return 'This case is closed. To reopen it, correct the closure.';
  const hold = pauseProblem(step, openPause(spec, read) !== undefined);
  if (hold !== undefined || isHoldStep(step)) return hold;
  if (!step.repeatable && read.some((e) => e.step === step.id))
    return `${step.label} is already recorded. To change it, correct that entry.`;
  const need = prerequisiteOf(spec, step);
  if (need && !read.some((e) => e.step === need.id)) return `Record ${lower(need.label)} first`;
  const here = byId.get(step.id)?.index ?? -1;
  const later = read.map((e) => byId.get(e.step)).find((s) => s && s.index > here && !isHoldStep(s.spec));
  if (!step.repeatable && later)
    return `${step.label} comes before ${lower(later.spec.label)}, which is already recorded`;
  return undefined;
};

/** The pausing rules: pause only when not paused, resume only when paused, nothing else while paused. */
const pauseProblem = (step: StepSpec, paused: boolean): string | undefined => {
  if (step.pauses && paused) return 'This case is already paused. To change the pause, correct that entry.';
  if (step.resumes && !paused) return 'This case is not paused, so it cannot be resumed';
  if (paused && !isHoldStep(step) && !step.closes) return 'This case is paused. Resume the case first.';
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
