import { isHoldStep, openPause, type PauseSpan, readAsPause, spansOf } from './pauses.ts';
import type { ProgressSpec, StepEntry } from './types.ts';
import { RECEIVED } from './types.ts';

/** The entries that stand: every entry that no other entry corrects, in the order recorded. */
export const standingSteps = (entries: readonly StepEntry[] = []): StepEntry[] => {
  const corrected = new Set(entries.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return entries.filter((e) => !corrected.has(e.id));
};

/**
 * The standing entries as progress counts them (an old on-hold closure read as a pause), in the order
 * they happened: by day, then by when the entry each stands for was first recorded (a correction takes
 * the place of the entry it replaces, so correcting a pause's note does not move it after a resume).
 */
export const standingInTime = (spec: ProgressSpec, entries: readonly StepEntry[] = []): StepEntry[] => {
  const first = new Map<string, number>();
  entries.forEach((e, i) => {
    first.set(e.id, (e.corrects !== undefined ? first.get(e.corrects) : undefined) ?? i);
  });
  const place = (e: StepEntry) => first.get(e.id) ?? 0;
  return standingSteps(entries)
    .map((e) => readAsPause(spec, e))
    .sort((a, b) => a.on.localeCompare(b.on) || place(a) - place(b));
};

/** The stretches a case has been paused (the last one open while it is paused). */
export const pauseSpans = (spec: ProgressSpec, entries: readonly StepEntry[] = []): PauseSpan[] =>
  spansOf(spec, standingInTime(spec, entries));

/**
 * The pause a case is in, if it is paused: its latest standing pause has no later standing resume,
 * and it is not closed (closing while paused ends the pause).
 */
export const currentPause = (spec: ProgressSpec, entries: readonly StepEntry[] = []): StepEntry | undefined =>
  openPause(spec, standingInTime(spec, entries));

/**
 * The status of a submission: the pause step's id ("paused") while it is paused; otherwise the
 * furthest standing step in the form's order (a correction recorded late does not move a case
 * back; pausing and resuming are not stages of the work), or "received" when none stands.
 */
export const statusOf = (spec: ProgressSpec, entries: readonly StepEntry[] = []): string => {
  const pause = currentPause(spec, entries);
  if (pause) return pause.step;
  const order = spec.steps.map((s) => s.id);
  const reached = standingInTime(spec, entries)
    .map((e) => order.indexOf(e.step))
    .filter((i) => i >= 0 && !isHoldStep(spec.steps[i]));
  return reached.length ? (order[Math.max(...reached)] ?? RECEIVED) : RECEIVED;
};

/**
 * The earliest day a standing entry records for this step, if any does. Given the form's spec, an
 * old on-hold closure counts as a pause, not a closure.
 */
export const dayOf = (
  entries: readonly StepEntry[] | undefined,
  step: string,
  spec?: ProgressSpec,
): string | undefined =>
  (spec ? standingInTime(spec, entries) : standingSteps(entries))
    .filter((e) => e.step === step)
    .map((e) => e.on)
    .sort()[0];
