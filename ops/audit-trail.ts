import { recordAudit } from '../functions/staff/audit.ts';
import type { AuditAction } from '../functions/storage/staff-store.ts';
import type { OpsContext } from './context.ts';
import { OpsError, UsageError } from './errors.ts';
import { explainError } from './explain-error.ts';

/**
 * The commands that show, export, send or erase personal data: each writes its audit entry in the
 * workspace's audit trail (the staff table) before it does anything, and does nothing without one.
 */
export const AUDITED_COMMANDS = ['show', 'export', 'resend', 'release', 'erase'] as const;
export type AuditedCommand = (typeof AUDITED_COMMANDS)[number];

export const isAudited = (name: string): name is AuditedCommand =>
  (AUDITED_COMMANDS as readonly string[]).includes(name);

/** Said when there is nowhere to record what a command does (a table named on AWS, but no staff table). */
export const noStaffTable = (command: string): UsageError =>
  new UsageError(
    `${command} needs the staff table${isAudited(command) ? ', where the audit trail records who read or changed what' : ''}: name it with --staff-table (the stack’s StaffTableName output) or OPS_STAFF_TABLE_NAME.`,
  );

/** The operator as the audit trail names them: `ops:` and the name, apart from the workspace's provider subjects. */
export const operatorActor = (by: string) => ({ sub: `ops:${by}`, name: `${by} (operator tools)` });

/** Why the audit entry could not be written, in the operator's terms (it is the staff table, not --table). */
export const auditFailure = (ctx: OpsContext, error: unknown): string => {
  const name = (error as { name?: string } | undefined)?.name;
  const table = ctx.connection.staffTableName;
  if (name === 'ResourceNotFoundException')
    return `there is no staff table ${table}: check --staff-table and --region`;
  if (name === 'AccessDeniedException')
    return `your AWS role needs dynamodb:PutItem on the staff table ${table}`;
  return explainError(error, { ...ctx.connection, tableName: table ?? '' });
};

/** What a command did, for its entry: which reference, and a few words that are never answers. */
export interface AuditedAct {
  action: AuditAction;
  reference?: string;
  detail: string;
}

/**
 * Writes the entry before the command touches anything; if it cannot be written the command does
 * nothing and says why in one sentence.
 */
export const auditFirst = async (
  ctx: OpsContext,
  command: string,
  by: string,
  act: AuditedAct,
): Promise<void> => {
  if (!ctx.staff) throw noStaffTable(command);
  const at = ctx.now();
  try {
    await recordAudit(ctx.staff, ctx.config, at, operatorActor(by), act.action, {
      ...(act.reference ? { reference: act.reference } : {}),
      detail: act.detail,
    });
  } catch (error) {
    throw new OpsError(
      `Nothing was done: ${command} could not be recorded in the audit trail (${auditFailure(ctx, error)}).`,
    );
  }
};
