import type { ServiceConfig } from '../../functions/config/schema.ts';
import { recordAudit } from '../../functions/staff/audit.ts';
import type { Erased } from '../../functions/storage/submission-store.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import { utcTimeText as timeText } from '../../functions/time/times.ts';
import type { OpsContext } from '../context.ts';
import { OpsError, UsageError, unknownReference } from '../errors.ts';
import { explainError } from '../explain-error.ts';
import { teamNameOf } from './list.ts';
import { anySubmission } from './show.ts';

/** What erasing a reference removes: the record (if still there) and its duplicate-guard items. */
export interface ErasureTarget {
  reference: string;
  record?: SubmissionRecord;
  guardKeys: string[];
}

/** Finds what there is to erase; a reference with neither record nor guard is unknown. */
export const findErasure = async (ctx: OpsContext, reference: string): Promise<ErasureTarget> => {
  const record = await anySubmission(ctx, reference);
  const guardKeys = record?.guardPk ? [record.guardPk] : await ctx.removal.findGuardKeys(reference);
  if (!record && guardKeys.length === 0) throw unknownReference(reference);
  return { reference, ...(record ? { record } : {}), guardKeys };
};

/** Said when erase has nowhere to record the erasure (a table named on AWS, but no staff table). */
export const noStaffTable = (command = 'erase'): UsageError =>
  new UsageError(
    `${command} needs the staff table${command === 'erase' ? ', where its audit trail records who erased what' : ''}: name it with --staff-table (the stack’s StaffTableName output) or OPS_STAFF_TABLE_NAME.`,
  );

/** Why the audit entry could not be written, in the operator's terms (it is the staff table, not --table). */
const auditFailure = (ctx: OpsContext, error: unknown): string => {
  const name = (error as { name?: string } | undefined)?.name;
  const table = ctx.connection.staffTableName;
  if (name === 'ResourceNotFoundException')
    return `there is no staff table ${table}: check --staff-table and --region`;
  if (name === 'AccessDeniedException')
    return `your AWS role needs dynamodb:PutItem on the staff table ${table}`;
  return explainError(error, { ...ctx.connection, tableName: table ?? '' });
};

/**
 * Records the erasure in the workspace's audit trail (the staff table), where the workspace's own
 * erasures are, so one place shows them all: the reference, who and when; never answers. It is
 * written before anything is removed: an entry for an erasure that then fails is put right by
 * running erase again (it writes another entry), while an erasure nobody recorded could not be.
 * The actor is `ops:` and the operator's name, apart from the workspace's provider subjects.
 */
export const recordErasure = async (ctx: OpsContext, reference: string, by: string): Promise<string> => {
  if (!ctx.staff) throw noStaffTable();
  const at = ctx.now();
  const actor = { sub: `ops:${by}`, name: `${by} (operator tools)` };
  try {
    await recordAudit(ctx.staff, ctx.config, at, actor, 'erased', {
      reference,
      detail: '(ops erase)',
    });
  } catch (error) {
    throw new OpsError(
      `Nothing was erased: the erasure could not be recorded in the audit trail (${auditFailure(ctx, error)}).`,
    );
  }
  return `Recorded in the audit trail: erased by ${by} at ${timeText(at.toISOString())}.`;
};

/** Erases the guard items, then the record (see SubmissionStore.erase), so it can be run again. */
export const eraseTarget = (ctx: OpsContext, target: ErasureTarget): Promise<Erased> =>
  ctx.removal.erase(target.reference, target.guardKeys);

const guardText = (n: number) => `${n} duplicate-guard entr${n === 1 ? 'y' : 'ies'}`;

/** What is about to go, for the confirmation question: no answers. */
export const describeErasure = (target: ErasureTarget, config: ServiceConfig): string => {
  const { record } = target;
  return [
    record
      ? `${target.reference}: ${record.formId} submission received ${timeText(record.createdAt)} for the ${teamNameOf(config, record.team)}`
      : `${target.reference}: the submission itself is already gone`,
    `It will remove ${record ? 'the submission and ' : ''}${guardText(target.guardKeys.length)}.`,
  ].join('\n');
};

/** What was removed, and what the operator must still do outside the table. */
export const erasedText = (target: ErasureTarget, erased: Erased, config: ServiceConfig): string => {
  const team = target.record ? config.teams[target.record.team] : undefined;
  return [
    `Erased ${target.reference}:`,
    `- submission: ${erased.record ? 'removed' : 'was already gone'}`,
    `- ${guardText(erased.guards)} removed`,
    team
      ? `Emails already sent are not in this table: ask the ${team.name} (${team.email}) to delete the email for ${target.reference}, and check any exports.`
      : 'Emails already sent are not in this table: ask the team to delete them, and check any exports.',
  ].join('\n');
};
