import type { FormDefinition } from '../forms/types.ts';
import { dayName } from '../time/times.ts';
import { standingInTime } from './history.ts';
import { readAsPause } from './pauses.ts';
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

/** An entry's step, what was chosen and (a pause) when to review it, read as it now counts. */
export const entryParts = (form: FormDefinition, entry: StepEntry) => {
  const read = readAsPause(form.progress, entry);
  const step = form.progress.steps.find((s) => s.id === read.step);
  const detail = read.detail && (step ? detailLabel(step, read.detail) : read.detail);
  const closure = form.progress.steps.find((s) => s.id === entry.step);
  const was =
    read !== entry && closure && entry.detail
      ? `recorded as ${closure.label.toLowerCase()}: ${detailLabel(closure, entry.detail)}`
      : undefined;
  const said = [detail, was].filter(Boolean).join('; ');
  return {
    label: step?.label ?? read.step,
    said: said ? ` (${said})` : '',
    review: read.reviewOn ? `, review by ${dayName(read.reviewOn)}` : '',
    on: read.on,
  };
};

/**
 * "First contact made, 3 November 2026 (Phone call)": an entry in one line, without its note. A
 * pause says when it is to be reviewed; an old on-hold closure reads as the pause it now counts as,
 * naming what was recorded: "Paused, 3 November 2026 (Live investigation or court case; recorded
 * as closed: On hold while a case is live)".
 */
export const entryText = (form: FormDefinition, entry: StepEntry): string => {
  const { label, said, review, on } = entryParts(form, entry);
  return `${label}, ${dayName(on)}${said}${review}`;
};

/** The same without its day, for a timeline that says when apart: "Paused (Person unavailable), review by 4 January 2027". */
export const entryWhat = (form: FormDefinition, entry: StepEntry): string => {
  const { label, said, review } = entryParts(form, entry);
  return `${label}${said}${review}`;
};

/** The label of the option a standing entry of this step chose (the closure reason), if any. */
export const standingDetailLabel = (
  form: FormDefinition,
  stepId: string,
  entries: readonly StepEntry[] | undefined,
): string | undefined => {
  const step = form.progress.steps.find((s) => s.id === stepId);
  // An old on-hold closure counts as a pause, so it is no closure's reason.
  const entry = standingInTime(form.progress, entries)
    .filter((e) => e.step === stepId && e.detail)
    .at(-1);
  if (!step || !entry?.detail) return undefined;
  return detailLabel(step, entry.detail);
};
