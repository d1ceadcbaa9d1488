import type { ServiceConfig } from '../../functions/config/schema.ts';
import type { Erased } from '../../functions/storage/submission-store.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import type { OpsContext } from '../context.ts';
import { timeText } from '../dates.ts';
import { unknownReference } from '../errors.ts';
import { teamNameOf } from './list.ts';

/** What erasing a reference removes: the record (if still there) and its duplicate-guard items. */
export interface ErasureTarget {
  reference: string;
  record?: SubmissionRecord;
  guardKeys: string[];
}

/** Finds what there is to erase; a reference with neither record nor guard is unknown. */
export const findErasure = async (ctx: OpsContext, reference: string): Promise<ErasureTarget> => {
  const record = (await ctx.store.get(reference)) ?? (await ctx.store.getSuspected(reference));
  const guardKeys = record?.guardPk ? [record.guardPk] : await ctx.removal.findGuardKeys(reference);
  if (!record && guardKeys.length === 0) throw unknownReference(reference);
  return { reference, ...(record ? { record } : {}), guardKeys };
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
