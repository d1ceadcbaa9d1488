import { STAFF_PATHS } from '../contract/service-contract.ts';
import type { FormDefinition } from '../forms/types.ts';
import { entryParts, entryWhat } from '../progress/describe.ts';
import type { StepEntry } from '../progress/types.ts';
import type { Addition } from '../returning/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { addDays, londonDay, londonMidnight } from '../time/london.ts';
import { dayName, momentText } from '../time/times.ts';
import { attemptText } from '../timeline/describe.ts';
import { standingEntries } from '../timeline/history.ts';
import type { TimelineEntry } from '../timeline/types.ts';
import { ADDITION_WHAT } from './additions-view.ts';

/** One row of a case's timeline, in words: a step, a contact attempt or a note. */
export interface TimelineRowView {
  id: string;
  kind: 'step' | 'attempt' | 'note' | 'addition';
  /** "First contact made (Phone call)", "Contact attempt by phone: No answer", "Note". */
  what: string;
  /** "3 December 2026 at 2:05pm" (a step dated an earlier day than recorded says both). */
  when: string;
  /** The step's or attempt's note, or the note itself: shown as written, as text. */
  text: string;
  byName: string;
  /** Replaced by a later correction: its name ("First contact made, 4 December 2026 at 9:00am"). */
  correctedBy?: string;
  /** A correction: the name of the entry it replaces. */
  corrects?: string;
  /** Where to correct it, while it stands. */
  correctHref?: string;
  /** An addition: where its answers are on the case page (never corrected: it is the person's). */
  href?: string;
}

/** An entry of any kind, with what the timeline needs to place and name it. */
interface Placed {
  id: string;
  corrects?: string;
  row: Omit<TimelineRowView, 'correctedBy' | 'corrects' | 'correctHref'>;
  /** When it happened, to order the timeline (ISO 8601, UTC). */
  sortAt: string;
  recordedAt: string;
  /** How a correction names it: "First contact made, 3 December 2026 at 2:05pm". */
  name: string;
  href: string;
}

const BY_SOMEONE = 'A member of staff';

const placeStep = (form: FormDefinition, e: StepEntry, reference: string): Placed => {
  const what = entryWhat(form, e);
  const { label } = entryParts(form, e);
  // Recorded the day it happened: the recording's time is its time. Dated earlier: the day, then when recorded.
  const sameDay = londonDay(e.recordedAt) === e.on;
  const when = sameDay ? momentText(e.recordedAt) : `${dayName(e.on)} (recorded ${momentText(e.recordedAt)})`;
  return {
    id: e.id,
    ...(e.corrects ? { corrects: e.corrects } : {}),
    row: {
      id: e.id,
      kind: 'step',
      what,
      when,
      text: e.note ?? '',
      byName: e.byName ?? BY_SOMEONE,
    },
    // Dated an earlier day, with no time: after that day's timed entries (its last moment).
    sortAt: sameDay ? e.recordedAt : new Date(londonMidnight(addDays(e.on, 1)).getTime() - 1).toISOString(),
    recordedAt: e.recordedAt,
    name: `${label}, ${when}`,
    href: `${STAFF_PATHS.steps(reference)}?corrects=${encodeURIComponent(e.id)}`,
  };
};

const placeEntry = (e: TimelineEntry, reference: string): Placed => {
  const at = e.kind === 'attempt' ? e.at : e.recordedAt;
  const when = momentText(at);
  const path = e.kind === 'attempt' ? STAFF_PATHS.contact(reference) : STAFF_PATHS.notes(reference);
  return {
    id: e.id,
    ...(e.corrects ? { corrects: e.corrects } : {}),
    row: {
      id: e.id,
      kind: e.kind,
      what: e.kind === 'attempt' ? attemptText(e) : 'Note',
      when,
      text: (e.kind === 'attempt' ? e.note : e.text) ?? '',
      byName: e.byName ?? BY_SOMEONE,
    },
    sortAt: at,
    recordedAt: e.recordedAt,
    name: `${e.kind === 'attempt' ? 'Contact attempt' : 'Note'}, ${when}`,
    href: `${path}?corrects=${encodeURIComponent(e.id)}`,
  };
};

/** Slice 21-team: what the person added after sending, in the timeline by when they added it. */
const placeAddition = (a: Addition): Placed => ({
  id: a.id,
  row: {
    id: a.id,
    kind: 'addition',
    what: ADDITION_WHAT[a.kind],
    when: momentText(a.at),
    text: '',
    byName: 'the person, coming back',
    href: `#addition-${a.id}`,
  },
  sortAt: a.at,
  recordedAt: a.at,
  name: `${ADDITION_WHAT[a.kind]}, ${momentText(a.at)}`,
  href: '',
});

/**
 * A case's one timeline, oldest first: its steps, contact attempts and notes merged by when each
 * happened (then when it was recorded). Nothing is edited: a corrected entry stays, saying what
 * replaced it, and its correction names it by what it was and its date and time.
 */
export const timelineRows = (form: FormDefinition, record: SubmissionRecord): TimelineRowView[] => {
  const steps = record.steps ?? [];
  const timeline = record.timeline ?? [];
  // Attempts before steps: first contact recorded from a call is saved with it, the call first.
  const placed = [
    ...timeline.map((e) => placeEntry(e, record.reference)),
    ...steps.map((e) => placeStep(form, e, record.reference)),
    ...(record.additions ?? []).map(placeAddition),
  ];
  const byId = new Map(placed.map((p) => [p.id, p]));
  const standing = new Set([...standingEntries(steps), ...standingEntries(timeline)].map((e) => e.id));
  const correctedBy = new Map(placed.flatMap((p) => (p.corrects ? [[p.corrects, p]] : [])));
  // By the minute it happened (what the timeline shows), then in the order recorded: an attempt
  // entered for 5:23 and logged after a note written at 5:23 comes after it.
  const minute = (p: Placed) => p.sortAt.slice(0, 16);
  return placed
    .map((p, order) => ({ p, order }))
    .sort(
      (a, b) =>
        minute(a.p).localeCompare(minute(b.p)) ||
        a.p.recordedAt.localeCompare(b.p.recordedAt) ||
        a.order - b.order,
    )
    .map(({ p }): TimelineRowView => {
      const replacement = correctedBy.get(p.id);
      const replaced = p.corrects ? byId.get(p.corrects) : undefined;
      return {
        ...p.row,
        ...(replacement ? { correctedBy: replacement.name } : {}),
        ...(p.corrects ? { corrects: replaced?.name ?? 'an earlier entry' } : {}),
        ...(standing.has(p.id) ? { correctHref: p.href } : {}),
      };
    });
};
