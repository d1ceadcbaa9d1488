import type { ServiceConfig } from '../config/schema.ts';
import { FORMS } from '../forms/registry.ts';
import { dayOf, standingInTime, standingSteps } from '../progress/history.ts';
import { pausedWorkingDays, targetDays } from '../progress/targets.ts';
import { monthOf } from '../time/date-range.ts';
import { londonDay } from '../time/london.ts';
import { addWorkingDays, workingDaysBetween } from '../time/working-days.ts';
import type { FunnelRecord } from './funnel-record.ts';

/**
 * What stays of a submission once it is erased or its retention ends: only what the report counts
 * of it. No reference, no answers, no notes or staff, and no date finer than a month: the month it
 * was received (as the report counts months), each step that stood with the month it was first
 * reached, the closure reason with the month it closed, the standing choice of a step its form marks `tallied`
 * (whether a Case Review made recommendations), and for first contact the month its target
 * ran out and, once contacted, how many working days it took (a count, not a date) and the month.
 */
export interface ErasedEntry {
  month: string;
  formId: string;
  team: string;
  reached: { step: string; month: string }[];
  closed?: { reason: string; month: string };
  /** For each `tallied` step (progress/types.ts): its standing choice and the month it was recorded for. */
  answered?: { step: string; detail: string; month: string }[];
  firstContact?: FirstContact;
}

/** What of the configuration the tally reads: working days and first-contact targets. */
export type TallyConfig = Pick<ServiceConfig, 'forms' | 'workingDays'>;

export interface FirstContact {
  /** The month in which its first-contact target ran out. */
  due: string;
  contacted?: { days: number; within: boolean; month: string };
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
  answered: { step: string; detail: string; month: string; count: number }[];
  firstContact: (FirstContact & { count: number })[];
}

const earliestMonth = (days: string[]): string => (days.sort()[0] ?? '').slice(0, 7);

/** First contact as the funnel counts it (funnel.ts): working days from the London day received. */
const firstContactOf = (
  record: FunnelRecord,
  form: (typeof FORMS)[number],
  config: TallyConfig,
): FirstContact => {
  const received = londonDay(record.createdAt);
  const calendar = config.workingDays;
  const target = targetDays({ urgent: record.urgent ?? [] }, form, config);
  // Past the target on the first day more than `target` working days after it was received.
  const due = addWorkingDays(received, target + 1, calendar).slice(0, 7);
  const contact = dayOf(record.steps, form.progress.firstContactStep, form.progress);
  if (!contact) return { due };
  // Targets stop while paused: as the funnel counts, the working days paused do not count.
  const paused = pausedWorkingDays(form.progress, record.steps, received, contact, calendar);
  const days = Math.max(0, workingDaysBetween(received, contact, calendar) - paused);
  return { due, contacted: { days, within: days <= target, month: contact.slice(0, 7) } };
};

/**
 * The entry a submission leaves behind, counted the way the funnel counts (funnel.ts). Without
 * the configuration (working days, targets) first contact is left out.
 */
export const erasedEntry = (record: FunnelRecord, config?: TallyConfig): ErasedEntry => {
  const form = FORMS.find((f) => f.id === record.formId);
  // An old on-hold closure is tallied as the pause it now counts as, not as a closure.
  const standing = form ? standingInTime(form.progress, record.steps) : standingSteps(record.steps);
  const closing = new Set(form?.progress.steps.filter((s) => s.closes).map((s) => s.id) ?? []);
  const steps = [...new Set(standing.map((e) => e.step))];
  const closings = standing.filter((e) => closing.has(e.step)).sort((a, b) => a.on.localeCompare(b.on));
  const first = closings[0];
  const answered = (form?.progress.steps ?? [])
    .filter((s) => s.tallied)
    .flatMap((s) => {
      const last = standing.filter((e) => e.step === s.id && e.detail).at(-1);
      return last?.detail ? [{ step: s.id, detail: last.detail, month: last.on.slice(0, 7) }] : [];
    });
  return {
    month: monthOf(record.createdAt),
    formId: record.formId,
    team: record.team,
    reached: steps.map((step) => ({
      step,
      month: earliestMonth(standing.filter((e) => e.step === step).map((e) => e.on)),
    })),
    ...(first ? { closed: { reason: first.detail ?? '', month: first.on.slice(0, 7) } } : {}),
    ...(answered.length > 0 ? { answered } : {}),
    ...(form && config ? { firstContact: firstContactOf(record, form, config) } : {}),
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
    // The choice goes last, after the month, so the names before it keep their shape.
    ...(entry.answered ?? []).map((a) => `${prefix}#answered#${part(a.step)}#${a.month}#${part(a.detail)}`),
    ...(entry.firstContact ? [`${prefix}#contact#${contactName(entry.firstContact)}`] : []),
  ];
};

/** "3:1:2026-11:2026-11" (days, within target, month contacted, month due), or ":::2026-11" before contact. */
const contactName = ({ due, contacted: c }: FirstContact): string =>
  c ? `${c.days}:${c.within ? 1 : 0}:${c.month}:${due}` : `:::${due}`;

const contactOf = (name: string): FirstContact => {
  const [days = '', within, month = '', due = ''] = name.split(':');
  return days === '' ? { due } : { due, contacted: { days: Number(days), within: within === '1', month } };
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
      const [formId = '', team = '', measure, value = '', on = '', choice = ''] = name
        .split('#')
        .map((p, i) => (i === 4 ? p : decodeURIComponent(p)));
      const key = `${month}#${formId}#${team}`;
      const group = groups.get(key) ?? {
        month,
        formId,
        team,
        received: 0,
        reached: [],
        closed: [],
        answered: [],
        firstContact: [],
      };
      groups.set(key, group);
      if (measure === 'received') group.received += count;
      else if (measure === 'reached') group.reached.push({ step: value, month: on, count });
      else if (measure === 'closed') group.closed.push({ reason: value, month: on, count });
      else if (measure === 'answered') group.answered.push({ step: value, detail: choice, month: on, count });
      else if (measure === 'contact') group.firstContact.push({ ...contactOf(value), count });
    }
  }
  return [...groups.values()];
};
