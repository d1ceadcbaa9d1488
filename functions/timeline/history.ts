import type { TimelineEntry } from './types.ts';

/** The entries that stand: every entry no later entry corrects, in the order recorded. */
export const standingEntries = <T extends { id: string; corrects?: string }>(
  entries: readonly T[] = [],
): T[] => {
  const corrected = new Set(entries.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return entries.filter((e) => !corrected.has(e.id));
};

/** A standing entry of this kind by its id: what a correction may name. */
export const standingOfKind = <K extends TimelineEntry['kind']>(
  timeline: readonly TimelineEntry[] | undefined,
  kind: K,
  id: string | null | undefined,
): Extract<TimelineEntry, { kind: K }> | undefined =>
  id
    ? (standingEntries(timeline).find((e) => e.kind === kind && e.id === id) as
        | Extract<TimelineEntry, { kind: K }>
        | undefined)
    : undefined;

/** How many of each kind stand (a corrected entry and its correction count once): for exports. */
export const countStanding = (timeline: readonly TimelineEntry[] | undefined, kind: TimelineEntry['kind']) =>
  standingEntries(timeline).filter((e) => e.kind === kind).length;
