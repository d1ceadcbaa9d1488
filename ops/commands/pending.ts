import type { ServiceConfig } from '../../functions/config/schema.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { textTable } from '../../functions/reporting/text-table.ts';
import { type WaitingEmail, waitingFor } from '../../functions/submissions/record.ts';
import { durationText, utcTimeText as timeText } from '../../functions/time/times.ts';
import type { OpsContext } from '../context.ts';
import { countText, type ListedSubmission, listSubmissions, teamNameOf } from './list.ts';

// The rule lives with the record (the twin's catch-up uses it too); ops reads it from here.
export { type WaitingEmail, waitingFor };

/**
 * Submissions older than `olderThanMs` still waiting for their team email or a due confirmation.
 * It reads each form's whole index (the listed fields only, never answers) and filters here, since
 * "waiting" spans two attributes; its cost grows with the table, fine for an operator check on a
 * service of this size.
 */
export const findPending = async (
  ctx: OpsContext,
  forms: readonly FormDefinition[],
  olderThanMs: number,
): Promise<ListedSubmission[]> => {
  const cutoff = ctx.now().getTime() - olderThanMs;
  const rows = await listSubmissions(ctx, forms, { start: new Date(0), end: new Date(cutoff + 1) });
  return rows.filter((r) => waitingFor(r).length > 0);
};

export const formatPending = (rows: ListedSubmission[], config: ServiceConfig, now: Date): string =>
  textTable(
    ['Reference', 'Received', 'Waiting', 'Waiting for', 'Team', 'Urgent'],
    rows.map((r) => [
      r.reference,
      timeText(r.createdAt),
      durationText(now.getTime() - Date.parse(r.createdAt)),
      waitingFor(r).join(', '),
      teamNameOf(config, r.team),
      r.urgent?.length ? r.urgent.join(', ') : '-',
    ]),
  );

const WITHOUT: Record<WaitingEmail, string> = {
  'team email': 'without a team email',
  confirmation: 'without a confirmation',
};

const RESEND: Record<WaitingEmail, string> = {
  'team email': 'Send a team email again with: npm run ops -- resend REFERENCE',
  confirmation: 'Send a confirmation with: npm run ops -- resend REFERENCE --confirmation',
};

/**
 * The lines under the table: how many wait for what, then the resend command for each kind that
 * is waiting, so the operator is pointed at the command that sends what is actually missing.
 */
export const pendingSummary = (rows: ListedSubmission[], age: string): string => {
  const waiting = rows.flatMap(waitingFor);
  const kinds = (['team email', 'confirmation'] as const).filter((k) => waiting.includes(k));
  // Every row waits for something, so with one kind waiting it is every row's.
  const what =
    kinds.length === 1
      ? ` ${WITHOUT[kinds[0] as WaitingEmail]}`
      : `: ${kinds.map((k) => `${waiting.filter((w) => w === k).length} ${WITHOUT[k]}`).join(', ')}`;
  return [
    `${countText(rows.length, 'submission')} older than ${age}${what}.`,
    ...kinds.map((k) => RESEND[k]),
  ].join('\n');
};
