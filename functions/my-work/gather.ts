import { mineKey, unassignedKey } from '../contract/lookup-keys.ts';
import type { LookupRow, LookupSummary } from '../storage/lookup-query.ts';
import { londonDay } from '../time/london.ts';

/** One look-up key's open cases (SubmissionStore.byLookup): the oldest few, those due, how many. */
export type ByLookup = (
  key: string,
  options: { liveAt: Date; limit: number; dueBy: string },
) => Promise<LookupSummary>;

/** How many of each list are read and shown; the counts are always whole. */
export const MY_WORK_SHOWN = 50;

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
  /** My oldest open cases (up to MY_WORK_SHOWN), and how many I have. */
  mine: LookupRow[];
  mineCount: number;
  /** My teams' oldest open cases that nobody has been assigned, and how many. */
  unassigned: LookupRow[];
  unassignedCount: number;
}

const oldestFirst = (a: LookupRow, b: LookupRow) =>
  a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference);

/**
 * Gathers My work from the look-up index only (Queries per key: MINE#{sub} and UNASSIGNED#{team}
 * for each of their teams; never a Scan, never an answer). A case of a team they are no longer in
 * is left out, even one still assigned to them (and not counted).
 */
export const gatherMyWork = async (byLookup: ByLookup, worker: Worker, now: Date): Promise<MyWork> => {
  const today = londonDay(now);
  const options = { liveAt: now, limit: MY_WORK_SHOWN, dueBy: today };
  const inTeam = (row: LookupRow) => worker.teams.includes(row.team);
  const [mine, ...teams] = await Promise.all([
    byLookup(mineKey(worker.sub), options),
    ...worker.teams.map((team) => byLookup(unassignedKey(team), options)),
  ]);
  const mineRows = (mine?.oldest ?? []).filter(inTeam).sort(oldestFirst);
  const followUps = [...(mine?.due ?? []).filter(inTeam), ...teams.flatMap((t) => t.due)].sort(
    (a, b) => (a.followUpOn ?? '').localeCompare(b.followUpOn ?? '') || oldestFirst(a, b),
  );
  return {
    today,
    followUps,
    mine: mineRows,
    // Cases of a team they have left are taken off the count as far as they were read.
    mineCount: (mine?.count ?? 0) - ((mine?.oldest.length ?? 0) - mineRows.length),
    unassigned: teams
      .flatMap((t) => t.oldest)
      .sort(oldestFirst)
      .slice(0, MY_WORK_SHOWN),
    unassignedCount: teams.reduce((sum, t) => sum + t.count, 0),
  };
};

/** The counts a morning email carries: never a name, an answer or what a follow-up is for. */
export const workCounts = (work: MyWork) => ({
  dueToday: work.followUps.filter((r) => r.followUpOn === work.today).length,
  overdue: work.followUps.filter((r) => (r.followUpOn ?? '') < work.today).length,
  mine: work.mineCount,
  unassigned: work.unassignedCount,
});
