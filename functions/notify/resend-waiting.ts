import { partnersWaiting } from '../case-review/partners-waiting.ts';
import { RESEND_POLICY } from '../contract/service-contract.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { type SubmissionRecord, waitingFor } from '../submissions/record.ts';
import { type NotifyDeps, type NotifyOutcome, notifySubmission } from './notify-submission.ts';

/** Only what tells whether a record still owes an email: never answers. */
const WAITING_FIELDS = [
  'reference',
  'createdAt',
  'teamNotifiedAt',
  'confirmationDue',
  'confirmationSentAt',
  'partnersNotifiedAt',
];

type Waiting = Pick<
  SubmissionRecord,
  | 'reference'
  | 'createdAt'
  | 'teamNotifiedAt'
  | 'confirmationDue'
  | 'confirmationSentAt'
  | 'partnersNotifiedAt'
>;

/** The parts of RESEND_POLICY a run uses; the twin and tests may shorten the wait. */
export type ResendPolicy = {
  [K in 'afterMinutes' | 'lookbackDays' | 'maxFailuresPerRun' | 'stopWithSecondsLeft']: number;
};

export interface ResendDeps extends NotifyDeps {
  store: NotifyDeps['store'] & Pick<SubmissionStore, 'allByForm' | 'updatesDue'>;
  forms: readonly FormDefinition[];
  policy?: ResendPolicy;
  /** How long the run may still take (Lambda's remaining time); unbounded when absent. */
  timeLeftMs?: () => number;
  /** Told each record's outcome, or the error's name (never its message: it may hold an address). */
  onRecord?: (reference: string, outcome: NotifyOutcome | { failed: string }) => void;
}

export interface ResendRun {
  /** Records found waiting over afterMinutes. */
  waiting: number;
  sent: number;
  failed: number;
  /** Being sent by the stream's notifier at this moment, or left for the next run. */
  left: number;
  /** How long the oldest record still waiting after this run has waited (0 when none). */
  oldestWaitingSeconds: number;
}

/**
 * The re-send job's use case: finds submissions that have waited over `afterMinutes` for their
 * team email or a due confirmation and sends them through notifySubmission, exactly as the
 * stream's notifier does (its claim keeps the two from both sending). It reads each form's
 * by-form index over the last `lookbackDays` (a Query with a few small fields, never a Scan),
 * oldest first.
 */
export const resendWaiting = async (deps: ResendDeps): Promise<ResendRun> => {
  const policy = deps.policy ?? RESEND_POLICY;
  const now = deps.now();
  const range = {
    start: new Date(now.getTime() - policy.lookbackDays * 86_400_000),
    end: new Date(now.getTime() - policy.afterMinutes * 60_000),
  };
  const found: Waiting[] = [];
  for (const form of deps.forms) {
    const rows = await deps.store.allByForm<Waiting>(form.id, range, { fields: WAITING_FIELDS, liveAt: now });
    found.push(
      ...rows.filter((row) => waitingFor(row).length > 0 || partnersWaiting(form.id, row, deps.config)),
    );
  }
  found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const run: ResendRun = { waiting: found.length, sent: 0, failed: 0, left: 0, oldestWaitingSeconds: 0 };
  const stillWaiting = (row: Waiting) => {
    const seconds = Math.round((now.getTime() - Date.parse(row.createdAt)) / 1000);
    run.oldestWaitingSeconds = Math.max(run.oldestWaitingSeconds, seconds);
  };
  for (const row of found) {
    const outOfTime = (deps.timeLeftMs?.() ?? Number.POSITIVE_INFINITY) < policy.stopWithSecondsLeft * 1000;
    if (run.failed >= policy.maxFailuresPerRun || outOfTime) {
      run.left += 1;
      stillWaiting(row);
      continue;
    }
    try {
      const outcome = await notifySubmission(row.reference, deps);
      deps.onRecord?.(row.reference, outcome);
      if (outcome === 'sent') run.sent += 1;
      if (outcome === 'busy') {
        run.left += 1;
        stillWaiting(row);
      }
    } catch (error) {
      run.failed += 1;
      stillWaiting(row);
      deps.onRecord?.(row.reference, { failed: error instanceof Error ? error.name : typeof error });
    }
  }
  await resendUpdates(deps, range.end, run);
  return run;
};

/**
 * Slice 21-team: the cases whose update email has been due since before `before` (the notifier
 * notes each addition before it tries, and takes the note off once sent), sent the same way and
 * within the same limits; the note comes off once nothing is owed.
 */
const resendUpdates = async (deps: ResendDeps, before: Date, run: ResendRun): Promise<void> => {
  const policy = deps.policy ?? RESEND_POLICY;
  const due = await deps.store.updatesDue(before);
  run.waiting += due.length;
  for (const reference of due) {
    const outOfTime = (deps.timeLeftMs?.() ?? Number.POSITIVE_INFINITY) < policy.stopWithSecondsLeft * 1000;
    if (run.failed >= policy.maxFailuresPerRun || outOfTime) {
      run.left += 1;
      continue;
    }
    try {
      const outcome = await notifySubmission(reference, deps);
      deps.onRecord?.(reference, outcome);
      if (outcome === 'busy') {
        run.left += 1;
        continue;
      }
      if (outcome === 'sent') run.sent += 1;
      await deps.store.noteUpdateDue(reference, deps.now(), false);
    } catch (error) {
      run.failed += 1;
      deps.onRecord?.(reference, { failed: error instanceof Error ? error.name : typeof error });
    }
  }
};
