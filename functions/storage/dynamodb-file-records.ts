import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { FileRecords } from '../files/file-records.ts';
import type { StoredFile } from '../files/types.ts';
import { isConditionFailure } from './condition-failure.ts';
import { TableAdapter } from './table-adapter.ts';
import { claimKey, claimOf } from './upload-claims.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds } = TABLE_SHAPE;

/** File processing's view of the table: the claims, and each file's entry on its record. */
export class DynamoFileRecords extends TableAdapter implements FileRecords {
  async claimOf(uploadId: string) {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: claimKey(uploadId) },
        ConsistentRead: true,
      }),
    );
    return claimOf(Item);
  }

  async fileAt(reference: string, index: number): Promise<StoredFile | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        // Only the one file: processing never reads the answers.
        ProjectionExpression: `#files[${index}]`,
        ExpressionAttributeNames: { '#files': 'files' },
        ConsistentRead: true,
      }),
    );
    return (Item?.files as StoredFile[] | undefined)?.[0];
  }

  async settle(reference: string, index: number, file: StoredFile): Promise<'saved' | 'gone'> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: `SET #files[${index}] = :file`,
          ConditionExpression: `#kind IN (:submission, :suspected) AND #files[${index}].id = :id AND #files[${index}].#status = :checking`,
          ExpressionAttributeNames: { '#files': 'files', '#kind': KIND, '#status': 'status' },
          ExpressionAttributeValues: {
            ':file': file,
            ':id': file.id,
            ':checking': 'checking',
            ':submission': kinds.submission,
            ':suspected': kinds.suspected,
          },
        }),
      );
      return 'saved';
    } catch (error) {
      if (isConditionFailure(error)) return 'gone';
      throw error;
    }
  }
}
