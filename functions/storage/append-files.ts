import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { AttachedAddition, FileAttachments, HeldFiles } from '../files/attach-to-reference.ts';
import type { StoredFile } from '../files/types.ts';
import { extendCaseItems } from './case-items.ts';
import { TableAdapter } from './table-adapter.ts';
import { claimItems } from './upload-claims.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/** The addition sent with files from the way back in: appended with them, its retention with it. */
const additionParts = (
  change: AttachedAddition | undefined,
): { set: string[]; names: Record<string, string>; values: Record<string, unknown> } =>
  change
    ? {
        set: [
          '#additions = list_append(if_not_exists(#additions, :none), :addition)',
          '#ids = list_append(if_not_exists(#ids, :none), :ids)',
          '#expires = :expiresAt',
        ],
        names: { '#additions': 'additions', '#ids': 'additionIds', '#expires': TTL },
        values: {
          ':addition': [change.addition],
          ':ids': [change.addition.id],
          ':expiresAt': change.expiresAt,
        },
      }
    : { set: [], names: {}, values: {} };

/**
 * Files attached to a submission already stored (after sending without script, and later from the
 * way back in): appended to `files` and claimed in one transaction, only while the record is an
 * ordinary submission holding exactly the files it held when read, so each claim's index is right.
 */
export class DynamoFileAttachments extends TableAdapter implements FileAttachments {
  async filesOf(reference: string): Promise<HeldFiles | undefined> {
    const got = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        ConsistentRead: true,
        ProjectionExpression: '#pk, #kind, #files, #expires',
        ExpressionAttributeNames: { '#pk': PK.name, '#kind': KIND, '#files': 'files', '#expires': TTL },
      }),
    );
    const item = got.Item;
    if (!item) return undefined;
    return {
      reference,
      kind: item[KIND],
      expiresAt: item[TTL],
      ...(item.files ? { files: item.files } : {}),
    } as HeldFiles;
  }

  async attach(
    reference: string,
    held: number,
    files: readonly StoredFile[],
    expiresAt: number,
    addition?: AttachedAddition,
  ): Promise<'saved' | 'changed' | 'taken'> {
    const claims = claimItems({ reference, expiresAt }, files, held);
    const extra = additionParts(addition);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: { [PK.name]: reference },
                UpdateExpression: `SET ${['#files = list_append(if_not_exists(#files, :none), :new)', ...extra.set].join(', ')}`,
                ConditionExpression:
                  held === 0
                    ? '#kind = :submission AND (attribute_not_exists(#files) OR size(#files) = :held)'
                    : '#kind = :submission AND size(#files) = :held',
                ExpressionAttributeNames: { '#files': 'files', '#kind': KIND, ...extra.names },
                ExpressionAttributeValues: {
                  ...extra.values,
                  ':none': [],
                  ':new': files,
                  ':held': held,
                  ':submission': kinds.submission,
                },
              },
            },
            ...claims.map((Item) => ({
              Put: {
                TableName: this.tableName,
                Item,
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': PK.name },
              },
            })),
          ],
        }),
      );
      // Issue 21: an addition keeps the case longer, and its search tokens and earlier claims with it.
      if (addition) await extendCaseItems(this.client, this.tableName, reference, addition.expiresAt);
      return 'saved';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [record, ...rest] = (error.CancellationReasons ?? []).map((r) => r.Code);
      if (rest.includes('ConditionalCheckFailed')) return 'taken';
      if (record === 'ConditionalCheckFailed') return 'changed';
      throw error;
    }
  }
}
