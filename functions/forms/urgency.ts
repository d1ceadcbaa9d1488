import { FORMS } from './registry.ts';
import type { Answers, Marker } from './types.ts';

/**
 * Urgency apart from markers (issue 20). A form declares `urgency` (act today) and `markers` (see
 * at a glance) separately; a new record keeps the labels that apply in `urgent` and `markers`.
 *
 * Records from before the split kept every label in `urgent` (so "Under 18" made a referral
 * urgent). They are read, not rewritten: a label in `urgent` counts as urgent only while some form
 * still declares it under `urgency`; any other is shown as a marker. The inbox's urgent filter asks
 * DynamoDB the same question (contains one of URGENT_LABELS), so old and new records agree.
 */

/** The labels of markers that apply to these answers. */
export const labelsFor = (list: readonly Marker[], answers: Answers): string[] =>
  list.filter((m) => m.when(answers)).map((m) => m.label);

/** Every label any form declares urgent. */
export const URGENT_LABELS: readonly string[] = [
  ...new Set(FORMS.flatMap((f) => f.urgency.map((m) => m.label))),
];

const URGENT = new Set(URGENT_LABELS);

/** What a record (new or old) says, split: urgent labels, and markers. */
export interface Flags {
  urgent: string[];
  markers: string[];
}

export const flagsOf = (record: { urgent?: readonly string[]; markers?: readonly string[] }): Flags => {
  const stored = record.urgent ?? [];
  return {
    urgent: stored.filter((label) => URGENT.has(label)),
    markers: [...new Set([...stored.filter((label) => !URGENT.has(label)), ...(record.markers ?? [])])],
  };
};

/** Whether a record's stored `urgent` labels mean act today (the targets' `urgentDays`). */
export const isUrgent = (urgent: readonly string[] | undefined): boolean =>
  (urgent ?? []).some((label) => URGENT.has(label));

/** Both in one list of labels, urgent first and said so: "Urgent: May be at risk", "Under 18". */
export const flagLabels = (record: { urgent?: readonly string[]; markers?: readonly string[] }): string[] => {
  const { urgent, markers } = flagsOf(record);
  return [...urgent.map((label) => `Urgent: ${label}`), ...markers];
};
