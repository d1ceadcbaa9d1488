import type { ServiceConfig } from '../../functions/config/schema.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { textTable } from '../../functions/reporting/text-table.ts';
import type { OpsContext } from '../context.ts';
import { durationText, timeText } from '../dates.ts';
import { type ListedSubmission, listSubmissions, teamNameOf } from './list.ts';

/**
 * Submissions whose team email has not gone out although they are older than `olderThanMs`.
 * It reads each form's whole index and filters on the missing teamNotifiedAt, so its cost grows
 * with the table; fine for an operator check on a service of this size.
 */
export const findPending = async (
  ctx: OpsContext,
  forms: readonly FormDefinition[],
  olderThanMs: number,
): Promise<ListedSubmission[]> => {
  const cutoff = ctx.now().getTime() - olderThanMs;
  return listSubmissions(ctx, forms, { start: new Date(0), end: new Date(cutoff + 1) }, 'teamNotifiedAt');
};

export const formatPending = (rows: ListedSubmission[], config: ServiceConfig, now: Date): string =>
  textTable(
    ['Reference', 'Received', 'Waiting', 'Team', 'Urgent'],
    rows.map((r) => [
      r.reference,
      timeText(r.createdAt),
      durationText(now.getTime() - Date.parse(r.createdAt)),
      teamNameOf(config, r.team),
      r.urgent?.length ? r.urgent.join(', ') : '-',
    ]),
  );
