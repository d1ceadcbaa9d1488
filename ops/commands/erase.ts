import type { ServiceConfig } from '../../functions/config/schema.ts';
import { type ErasureKeys, ErasureNotRecorded, eraseAudited } from '../../functions/staff/erasure.ts';
import type { Erased } from '../../functions/storage/submission-store.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import { utcTimeText as timeText } from '../../functions/time/times.ts';
import { auditFailure, noStaffTable, operatorActor } from '../audit-trail.ts';
import type { OpsContext } from '../context.ts';
import { OpsError, unknownReference } from '../errors.ts';
import { teamNameOf } from './list.ts';
import { anySubmission } from './show.ts';

/**
 * What erasing a reference removes: the record (if still there), its duplicate-guard items and
 * its confirmation claim (found by a Scan: the tools have no hash key to work it out).
 */
export interface ErasureTarget extends ErasureKeys {
  reference: string;
  record?: SubmissionRecord;
  guardKeys: string[];
  claimHashes: string[];
}

/** Finds what there is to erase; a reference with neither record nor guard is unknown. */
export const findErasure = async (ctx: OpsContext, reference: string): Promise<ErasureTarget> => {
  const record = await anySubmission(ctx, reference);
  const guardKeys = record?.guardPk ? [record.guardPk] : await ctx.removal.findGuardKeys(reference);
  if (!record && guardKeys.length === 0) throw unknownReference(reference);
  const claimHashes = await ctx.removal.findConfirmationClaims(reference);
  return { reference, ...(record ? { record } : {}), guardKeys, claimHashes };
};

/**
 * Erases it the one way the workspace does too (functions/staff/erasure.ts): the entry in the
 * workspace's audit trail first (the reference, who and when; never answers), then the guard
 * items, the confirmation claim and the record. If the entry cannot be written, nothing is erased.
 */
export const eraseRecorded = async (
  ctx: OpsContext,
  target: ErasureTarget,
  by: string,
): Promise<{ erased: Erased; recorded: string }> => {
  if (!ctx.staff) throw noStaffTable('erase');
  const at = ctx.now();
  try {
    const erased = await eraseAudited(
      { staff: ctx.staff, removal: ctx.removal, config: ctx.config, now: at },
      operatorActor(by),
      target.reference,
      target,
      '(ops erase)',
    );
    return {
      erased,
      recorded: `Recorded in the audit trail: erased by ${by} at ${timeText(at.toISOString())}.`,
    };
  } catch (error) {
    if (!(error instanceof ErasureNotRecorded)) throw error;
    throw new OpsError(
      `Nothing was erased: the erasure could not be recorded in the audit trail (${auditFailure(ctx, error.cause)}).`,
    );
  }
};

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
    `- confirmation claim: ${erased.claims > 0 ? 'removed' : 'none held'}`,
    team
      ? `Emails already sent are not in this table: ask the ${team.name} (${team.email}) to delete the email for ${target.reference}, and check any exports.`
      : 'Emails already sent are not in this table: ask the team to delete them, and check any exports.',
  ].join('\n');
};
