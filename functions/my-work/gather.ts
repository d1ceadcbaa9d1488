import { mineKey, unassignedKey } from '../contract/lookup-keys.ts';
import type { LookupRow } from '../storage/lookup-query.ts';
import { londonDay } from '../time/london.ts';

/** Reads the open cases under one look-up key, oldest first (SubmissionStore.byLookup). */
export type ByLookup = (key: string, liveAt: Date) => AsyncIterable<LookupRow>;

/** Whose work: their `sub` and the teams they are in now. */
export interface Worker {
  sub: string;
  teams: readonly string[];
}

/** One person's work this morning, in the order My work lists it. */
export interface MyWork {
  /** London day the work was gathered on. */
  today: string;
  /** Follow-ups due today or before, on my cases and on my teams' unassigned ones: earliest first. */
  followUps: LookupRow[];
  /** My open cases, oldest first. */
  mine: LookupRow[];
  /** My teams' open cases that nobody has been assigned, oldest first. */
  unassigned: LookupRow[];
}

const all = async (rows: AsyncIterable<LookupRow>): Promise<LookupRow[]> => {
  const list: LookupRow[] = [];
  for await (const row of rows) list.push(row);
  return list;
};

const oldestFirst = (a: LookupRow, b: LookupRow) =>
  a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference);

/**
 * Gathers My work from the look-up index only (a Query per key: MINE#{sub} and UNASSIGNED#{team}
 * for each of their teams; never a Scan, never an answer). A case of a team they are no longer in
 * is left out, even one still assigned to them.
 */
export const gatherMyWork = async (byLookup: ByLookup, worker: Worker, now: Date): Promise<MyWork> => {
  const today = londonDay(now);
  const inTeam = (row: LookupRow) => worker.teams.includes(row.team);
  const [mine, ...teams] = await Promise.all([
    all(byLookup(mineKey(worker.sub), now)),
    ...worker.teams.map((team) => all(byLookup(unassignedKey(team), now))),
  ]);
  const mineOpen = (mine ?? []).filter(inTeam).sort(oldestFirst);
  const unassigned = teams.flat().filter(inTeam).sort(oldestFirst);
  const followUps = [...mineOpen, ...unassigned]
    .filter((row) => row.followUpOn !== undefined && row.followUpOn <= today)
    .sort((a, b) => (a.followUpOn ?? '').localeCompare(b.followUpOn ?? '') || oldestFirst(a, b));
  return { today, followUps, mine: mineOpen, unassigned };
};

/** The counts a morning email carries: never a name, an answer or what a follow-up is for. */
export const workCounts = (work: MyWork) => ({
  dueToday: work.followUps.filter((r) => r.followUpOn === work.today).length,
  overdue: work.followUps.filter((r) => (r.followUpOn ?? '') < work.today).length,
  mine: work.mine.length,
  unassigned: work.unassigned.length,
});
