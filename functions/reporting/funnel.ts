import type { ServiceConfig } from '../config/schema.ts';
import { FORMS } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { sentence } from '../forms/words.ts';
import { dayOf, standingInTime } from '../progress/history.ts';
import { isHoldStep, openPause } from '../progress/pauses.ts';
import { pausedWorkingDays, targetDays } from '../progress/targets.ts';
import type { StepEntry } from '../progress/types.ts';
import { londonDay } from '../time/london.ts';
import { workingDaysBetween } from '../time/working-days.ts';
import type { ErasedGroup } from './erased-tally.ts';
import { AGE_BANDS } from './funnel-definitions.ts';
import type { FunnelRecord } from './funnel-record.ts';
import { type Rate, rate } from './rate.ts';

export interface Count {
  value: string;
  label: string;
  count: number;
}

/** One team's progress on one form: the funnel of the period's submissions and the open caseload. */
export interface Funnel {
  team: string;
  formId: string;
  title: string;
  received: number;
  /** Of those received, how many have since been erased or expired (counted from their tally). */
  erased: number;
  reached: Count[];
  firstContact: { contacted: number; medianDays: number | null; withinTarget: Rate };
  /** Out of the closed ones. */
  closed: number;
  closures: Count[];
  /** Open and not paused on the report day, by age. */
  open: Count[];
  /** Paused on the report day (open, but waiting on nobody): never counted as closed. */
  pausedNow: number;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
};

/**
 * The standing entries of one record dated on or before the report day, in time order, an old
 * on-hold closure counted as the pause it now is (progress/pauses.ts).
 */
const standingBy = (form: FormDefinition, record: FunnelRecord, day: string): StepEntry[] =>
  standingInTime(form.progress, record.steps).filter((e) => e.on <= day);

const closingEntry = (form: FormDefinition, entries: StepEntry[]): StepEntry | undefined => {
  const closing = new Set(form.progress.steps.filter((s) => s.closes).map((s) => s.id));
  return entries.filter((e) => closing.has(e.step)).sort((a, b) => a.on.localeCompare(b.on))[0];
};

const funnelOf = (
  form: FormDefinition,
  team: string,
  cohort: FunnelRecord[],
  kept: FunnelRecord[],
  config: ServiceConfig,
  day: string,
  erased: ErasedGroup[],
): Funnel => {
  const calendar = config.workingDays;
  const entries = cohort.map((r) => ({ record: r, standing: standingBy(form, r, day) }));
  // An erased submission's steps are known to the month: those of the report day's month or before
  // count (steps are never dated in the future, and a past period ends on a month's last day).
  const byDay = (x: { month: string }) => x.month <= day.slice(0, 7);
  const erasedReached = (step: string) =>
    erased
      .flatMap((g) => g.reached.filter((r) => r.step === step && byDay(r)))
      .reduce((n, r) => n + r.count, 0);
  // Pausing and resuming are not stages of the work: "Paused now" counts pauses instead.
  const reached = form.progress.steps
    .filter((s) => !isHoldStep(s))
    .map((s) => ({
      value: s.id,
      label: s.label,
      count: entries.filter((e) => e.standing.some((x) => x.step === s.id)).length + erasedReached(s.id),
    }));
  const contactDays: number[] = [];
  let within = 0;
  let known = 0;
  for (const { record, standing } of entries) {
    const received = londonDay(record.createdAt);
    const target = targetDays({ urgent: record.urgent ?? [] }, form, config);
    const contact = dayOf(standing, form.progress.firstContactStep);
    // Targets stop while paused: the working days paused do not count, and a case paused on the
    // report day has not missed its target.
    const counted = (to: string) =>
      workingDaysBetween(received, to, calendar) -
      pausedWorkingDays(form.progress, standing, received, to, calendar);
    if (contact) {
      const days = Math.max(0, counted(contact));
      contactDays.push(days);
      known++;
      if (days <= target) within++;
    } else if (!openPause(form.progress, standing) && counted(day) > target) {
      known++;
    }
  }
  for (const c of erased.flatMap((g) => g.firstContact)) {
    if (c.contacted && byDay(c.contacted)) {
      for (let i = 0; i < c.count; i++) contactDays.push(c.contacted.days);
      known += c.count;
      if (c.contacted.within) within += c.count;
    } else if (byDay({ month: c.due })) {
      known += c.count;
    }
  }
  const closingSpec = form.progress.steps.find((s) => s.closes);
  const reasons = closingSpec?.detail?.options ?? [];
  // Erased on-hold closures (tallied before pauses existed) were pauses, not closures.
  const pauses = new Set(closingSpec?.detail?.retired?.filter((o) => o.pauseReason).map((o) => o.value));
  const closedReasons = [
    ...entries.flatMap(({ standing }) => {
      const entry = closingEntry(form, standing);
      return entry ? [entry.detail ?? ''] : [];
    }),
    ...erased.flatMap((g) =>
      g.closed
        .filter((c) => byDay(c) && !pauses.has(c.reason))
        .flatMap((c) => Array.from({ length: c.count }, () => c.reason)),
    ),
  ];
  const closures: Count[] = [
    ...reasons.map((o) => ({
      value: o.value,
      label: o.label,
      count: closedReasons.filter((r) => r === o.value).length,
    })),
    // A closure with no reason (feedback has none) or one no longer offered still counts.
    ...[...new Set(closedReasons.filter((r) => !reasons.some((o) => o.value === r)))].sort().map((r) => ({
      value: r,
      label: r === '' ? 'Closed' : r,
      count: closedReasons.filter((x) => x === r).length,
    })),
  ];
  const openNow = kept
    .filter((r) => londonDay(r.createdAt) <= day)
    .map((r) => ({ record: r, standing: standingBy(form, r, day) }))
    .filter(({ standing }) => !closingEntry(form, standing));
  const paused = openNow.filter(({ standing }) => openPause(form.progress, standing));
  const openAges = openNow
    .filter(({ standing }) => !openPause(form.progress, standing))
    .map(({ record }) => workingDaysBetween(londonDay(record.createdAt), day, calendar));
  const erasedCount = erased.reduce((n, g) => n + g.received, 0);
  return {
    team,
    formId: form.id,
    title: sentence(form.noun),
    received: cohort.length + erasedCount,
    erased: erasedCount,
    reached,
    firstContact: {
      contacted: contactDays.length,
      medianDays: median(contactDays),
      withinTarget: rate(within, known),
    },
    closed: closedReasons.length,
    closures,
    open: AGE_BANDS.map((b) => ({
      value: b.label,
      label: b.label,
      count: openAges.filter((a) => a >= b.min && a <= b.max).length,
    })),
    pausedNow: paused.length,
  };
};

/**
 * Each team's progress on each form: `cohort` is the period's submissions, `kept` every live one
 * up to the report day (for the open caseload); `day` is the report day (London, YYYY-MM-DD);
 * `erased`, the tallies of the period's submissions since erased or expired (received, steps
 * reached, first contact and closures, each known to the month: they are in no open caseload).
 * Teams and forms with nothing received and nothing open are left out.
 */
export const buildFunnels = (
  cohort: FunnelRecord[],
  kept: FunnelRecord[],
  config: ServiceConfig,
  day: string,
  erased: ErasedGroup[] = [],
): Funnel[] =>
  Object.keys(config.teams).flatMap((team) =>
    FORMS.flatMap((form) => {
      const mine = (r: { team: string; formId: string }) => r.team === team && r.formId === form.id;
      const funnel = funnelOf(
        form,
        team,
        cohort.filter(mine),
        kept.filter(mine),
        config,
        day,
        erased.filter(mine),
      );
      const open = funnel.open.reduce((sum, b) => sum + b.count, 0) + funnel.pausedNow;
      return funnel.received > 0 || open > 0 ? [funnel] : [];
    }),
  );
