import { FORMS } from '../forms/registry.ts';
import { standingSteps } from '../progress/history.ts';
import { monthOf } from './date-range.ts';
import type { FunnelRecord } from './funnel.ts';

/**
 * What stays of a submission once it is erased or its retention ends: only what the report counts
 * of it. No reference, no answers, no notes or staff, and no date finer than a month: the month it
 * was received (as the report counts months), each step that stood with the month it was first
 * reached, and the closure reason with the month it closed.
 */
export interface ErasedEntry {
  month: string;
  formId: string;
  team: string;
  reached: { step: string; month: string }[];
  closed?: { reason: string; month: string };
}

/** One received month's tally: counters named by counterNames, summed over its erased submissions. */
export interface ErasedTally {
  month: string;
  counters: Record<string, number>;
}

/** One form and team's erased submissions from one received month, as the report adds them. */
export interface ErasedGroup {
  month: string;
  formId: string;
  team: string;
  received: number;
  reached: { step: string; month: string; count: number }[];
  closed: { reason: string; month: string; count: number }[];
}

const earliestMonth = (days: string[]): string => (days.sort()[0] ?? '').slice(0, 7);

/** The entry a submission leaves behind, counted the way the funnel counts (funnel.ts). */
export const erasedEntry = (record: FunnelRecord): ErasedEntry => {
  const standing = standingSteps(record.steps);
  const form = FORMS.find((f) => f.id === record.formId);
  const closing = new Set(form?.progress.steps.filter((s) => s.closes).map((s) => s.id) ?? []);
  const steps = [...new Set(standing.map((e) => e.step))];
  const closings = standing.filter((e) => closing.has(e.step)).sort((a, b) => a.on.localeCompare(b.on));
  const first = closings[0];
  return {
    month: monthOf(record.createdAt),
    formId: record.formId,
    team: record.team,
    reached: steps.map((step) => ({
      step,
      month: earliestMonth(standing.filter((e) => e.step === step).map((e) => e.on)),
    })),
    ...(first ? { closed: { reason: first.detail ?? '', month: first.on.slice(0, 7) } } : {}),
  };
};

// Ids and reasons are slugs, but a '#' in one must never shift the fields after it.
const part = (value: string): string => encodeURIComponent(value);

/** The counters one entry adds 1 to, within its received month's tally. */
export const counterNames = (entry: ErasedEntry): string[] => {
  const prefix = `${part(entry.formId)}#${part(entry.team)}`;
  return [
    `${prefix}#received`,
    ...entry.reached.map((r) => `${prefix}#reached#${part(r.step)}#${r.month}`),
    ...(entry.closed ? [`${prefix}#closed#${part(entry.closed.reason)}#${entry.closed.month}`] : []),
  ];
};

/** Entries counted in memory, as the stored tallies would hold them (records past retention not yet deleted). */
export const talliesOf = (entries: ErasedEntry[]): ErasedTally[] => {
  const months = new Map<string, Record<string, number>>();
  for (const entry of entries) {
    const counters = months.get(entry.month) ?? {};
    months.set(entry.month, counters);
    for (const name of counterNames(entry)) counters[name] = (counters[name] ?? 0) + 1;
  }
  return [...months].map(([month, counters]) => ({ month, counters }));
};

/** Tallies read back as groups of one form and team per month (several tallies of a month add up). */
export const erasedGroups = (tallies: ErasedTally[]): ErasedGroup[] => {
  const groups = new Map<string, ErasedGroup>();
  for (const { month, counters } of tallies) {
    for (const [name, count] of Object.entries(counters)) {
      const [formId = '', team = '', measure, value = '', on = ''] = name
        .split('#')
        .map((p, i) => (i === 4 ? p : decodeURIComponent(p)));
      const key = `${month}#${formId}#${team}`;
      const group = groups.get(key) ?? { month, formId, team, received: 0, reached: [], closed: [] };
      groups.set(key, group);
      if (measure === 'received') group.received += count;
      else if (measure === 'reached') group.reached.push({ step: value, month: on, count });
      else if (measure === 'closed') group.closed.push({ reason: value, month: on, count });
    }
  }
  return [...groups.values()];
};
