import type { ProgressSpec, StepEntry, StepSpec } from './types.ts';

/**
 * What pausing means, over entries already standing (history.ts gives them in time order): a pause
 * is not a closure. A case is paused from a pause's day until a resume or a closure; while paused it
 * waits for nobody, so its working-day targets stop (targets.ts).
 */

/** A pause or a resume: not a stage of the work, so never the furthest step nor anyone's prerequisite. */
export const isHoldStep = (step: StepSpec | undefined): boolean => Boolean(step?.pauses || step?.resumes);

/**
 * The pause reason an entry reads as when it chose a retired closure reason that a pause replaced
 * ("On hold while a case is live", from before pauses existed), else undefined. Nothing stored is
 * rewritten: such a closure is read as a pause wherever progress is worked out.
 */
export const legacyPauseReason = (spec: ProgressSpec, entry: StepEntry): string | undefined => {
  const step = spec.steps.find((s) => s.id === entry.step);
  if (!step?.closes || !entry.detail) return undefined;
  return step.detail?.retired?.find((o) => o.value === entry.detail)?.pauseReason;
};

/** The entry as progress counts it: an old on-hold closure becomes a pause (no review date). */
export const readAsPause = (spec: ProgressSpec, entry: StepEntry): StepEntry => {
  const reason = legacyPauseReason(spec, entry);
  const pause = spec.steps.find((s) => s.pauses);
  return reason && pause ? { ...entry, step: pause.id, detail: reason } : entry;
};

/** A stretch of time paused: from the pause's day to the resume's (or closure's), open while paused. */
export interface PauseSpan {
  from: string;
  to?: string;
  /** The latest pause entry of the span (its reason and review date). */
  pause: StepEntry;
}

/**
 * The spans paused, from standing entries read as pauses and in time order. A second pause while
 * paused (left by a correction) keeps the span's start and gives it its reason and review date.
 */
export const spansOf = (spec: ProgressSpec, ordered: readonly StepEntry[]): PauseSpan[] => {
  const byId = new Map(spec.steps.map((s) => [s.id, s]));
  const spans: PauseSpan[] = [];
  for (const entry of ordered) {
    const step = byId.get(entry.step);
    const open = spans.at(-1)?.to === undefined ? spans.at(-1) : undefined;
    if (step?.pauses) {
      if (open) spans[spans.length - 1] = { ...open, pause: entry };
      else spans.push({ from: entry.on, pause: entry });
    } else if (open && (step?.resumes || step?.closes)) {
      spans[spans.length - 1] = { ...open, to: entry.on };
    }
  }
  return spans;
};

/** The pause a case is in, from its standing entries read and in time order: none once it is closed. */
export const openPause = (spec: ProgressSpec, ordered: readonly StepEntry[]): StepEntry | undefined => {
  const closing = new Set(spec.steps.filter((s) => s.closes).map((s) => s.id));
  if (ordered.some((e) => closing.has(e.step))) return undefined;
  const last = spansOf(spec, ordered).at(-1);
  return last && last.to === undefined ? last.pause : undefined;
};

/** Standing entries read as pauses, by day (a stable sort: the same day keeps the order given). */
export const readInDayOrder = (spec: ProgressSpec, standing: readonly StepEntry[]): StepEntry[] =>
  standing.map((e) => readAsPause(spec, e)).sort((a, b) => a.on.localeCompare(b.on));
