import { caseLookup } from '../../functions/contract/lookup-keys.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { statusOf } from '../../functions/progress/history.ts';
import { findTokensOf } from '../../functions/search/tokens.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import type { OpsContext } from '../context.ts';
import { OpsError } from '../errors.ts';

/** What the backfill did: records made findable, their tokens, and those that changed meanwhile. */
export interface Backfilled {
  records: number;
  tokens: number;
  changed: number;
}

/** Every record from the first, whatever its age: its retention, not this command, decides what is kept. */
const ALL_TIME = (now: Date) => ({ start: new Date(0), end: new Date(now.getTime() + 60_000) });

/** Whether the case's standing status is a step that closes it (no look-up key then). */
const closedBy = (form: FormDefinition, status: string | undefined) =>
  form.progress.steps.some((s) => s.id === status && s.closes === true);

/**
 * Every token the case can be found by: its answers', and each contact change's (a new phone number
 * or email a person gave on coming back, as the return function adds them), so a run never drops those.
 */
const tokensOf = (form: FormDefinition, record: SubmissionRecord, key: Buffer): string[] => {
  const contacts = (record.additions ?? []).filter((a) => a.kind === 'contact').map((a) => a.answers);
  return [
    ...new Set(
      [record.answers, ...contacts].flatMap((answers) => findTokensOf(form, record.team, answers, key)),
    ),
  ];
};

/** The hash key the submit function uses (HASH_KEY): tokens made with any other key would never match. */
export const hashKeyFrom = (env: NodeJS.ProcessEnv): Buffer => {
  const key = env.HASH_KEY;
  if (!key || key.length < 32)
    throw new OpsError(
      'backfill-search needs HASH_KEY: the same key the submit and staff functions use (the stack’s hash key secret), at least 32 characters.',
    );
  return Buffer.from(key, 'utf8');
};

/**
 * Gives every kept submission of these forms what search and My work look it up by, as a new one
 * gets at save: its token items and `findKeys`, and `lookup` (its assignee's or team's while open);
 * and its stored status as its steps now read (an old on-hold closure becomes paused).
 * A Query per form on the by-form index; safe to run again (the same items are written, stale
 * ones deleted); a record changed while it ran is counted and left for the next run.
 */
export const backfillSearch = async (
  ctx: OpsContext,
  forms: readonly FormDefinition[],
  key: Buffer,
): Promise<Backfilled> => {
  const done: Backfilled = { records: 0, tokens: 0, changed: 0 };
  const now = ctx.now();
  for (const form of forms) {
    for await (const page of ctx.store.queryByForm<SubmissionRecord>(form.id, ALL_TIME(now), {
      liveAt: now,
    })) {
      for (const record of page) {
        const tokens = tokensOf(form, record, key);
        // The status as the steps read now: an old "on hold" closure is a pause, so open (docs/operations.md).
        const status = record.steps?.length ? statusOf(form.progress, record.steps) : record.status;
        const lookup = caseLookup({
          team: record.team,
          assignee: record.assignee,
          closed: closedBy(form, status),
        });
        if (await ctx.findBackfill(record, tokens, lookup, status)) {
          done.records += 1;
          done.tokens += tokens.length;
        } else done.changed += 1;
      }
    }
  }
  return done;
};
