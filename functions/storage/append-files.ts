import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { FileAttachments } from '../files/attach-to-reference.ts';
import type { StoredFile } from '../files/types.ts';
import { TableAdapter } from './table-adapter.ts';
import { claimItems } from './upload-claims.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds } = TABLE_SHAPE;

/**
 * Files attached to a submission already stored (after sending without script, and later from the
 * way back in): appended to `files` and claimed in one transaction, only while the record is an
 * ordinary submission holding exactly the files it held when read, so each claim's index is right.
 */
export class DynamoFileAttachments extends TableAdapter implements FileAttachments {
  async attach(
    reference: string,
    held: number,
    files: readonly StoredFile[],
    expiresAt: number,
  ): Promise<'saved' | 'changed' | 'taken'> {
    const claims = claimItems({ reference, expiresAt }, files, held);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: { [PK.name]: reference },
                UpdateExpression: 'SET #files = list_append(if_not_exists(#files, :none), :new)',
                ConditionExpression:
                  held === 0
                    ? '#kind = :submission AND (attribute_not_exists(#files) OR size(#files) = :held)'
                    : '#kind = :submission AND size(#files) = :held',
                ExpressionAttributeNames: { '#files': 'files', '#kind': KIND },
                ExpressionAttributeValues: {
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
