import { DeleteCommand, type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../../functions/config/schema.ts';
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

export interface Erased {
  record: boolean;
  guards: number;
}

/**
 * Records name their guard item (guardPk). For a record that is already gone, or one written
 * before guardPk existed, guard items are found by a Scan of the whole table with a filter on the
 * reference they carry: every item is read, acceptable for that rare case.
 */
export const findGuardKeys = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
): Promise<string[]> => {
  const keys: string[] = [];
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: '#kind = :guard AND #reference = :reference',
      ProjectionExpression: '#pk',
      ExpressionAttributeNames: { '#kind': 'kind', '#reference': 'reference', '#pk': 'pk' },
      ExpressionAttributeValues: { ':guard': 'guard', ':reference': reference },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) keys.push(String(item.pk));
  return keys;
};

/** Finds what there is to erase; a reference with neither record nor guard is unknown. */
export const findErasure = async (ctx: OpsContext, reference: string): Promise<ErasureTarget> => {
  const record = await ctx.store.get(reference);
  const guardKeys = record?.guardPk
    ? [record.guardPk]
    : await findGuardKeys(ctx.db, ctx.connection.tableName, reference);
  if (!record && guardKeys.length === 0) throw unknownReference(reference);
  return { reference, ...(record ? { record } : {}), guardKeys };
};

const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

/**
 * Deletes the guard items first, then the record: if it stops half way, running erase again finds
 * what is left (and a guard never outlives its record to hand an erased reference to a repeat).
 */
export const eraseTarget = async (ctx: OpsContext, target: ErasureTarget): Promise<Erased> => {
  const TableName = ctx.connection.tableName;
  let guards = 0;
  for (const pk of target.guardKeys) {
    try {
      await ctx.db.send(
        new DeleteCommand({
          TableName,
          Key: { pk },
          ConditionExpression: '#reference = :reference',
          ExpressionAttributeNames: { '#reference': 'reference' },
          ExpressionAttributeValues: { ':reference': target.reference },
        }),
      );
      guards += 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Already gone (expired and swept): nothing to do.
    }
  }
  const { Attributes } = await ctx.db.send(
    new DeleteCommand({ TableName, Key: { pk: target.reference }, ReturnValues: 'ALL_OLD' }),
  );
  return { record: Attributes !== undefined, guards };
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
    team
      ? `Emails already sent are not in this table: ask the ${team.name} (${team.email}) to delete the email for ${target.reference}, and check any exports.`
      : 'Emails already sent are not in this table: ask the team to delete them, and check any exports.',
  ].join('\n');
};
