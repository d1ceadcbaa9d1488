import { DeleteCommand, type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * Deletes every item (submissions and guards alike) whose time to live has passed, each only if it
 * was not renewed meanwhile, and returns how many went. A Scan of the whole table: for the local
 * twin, whose DynamoDB Local has no TTL; on AWS, DynamoDB's own TTL does this.
 */
export const sweepExpired = async (db: DynamoDBDocumentClient, tableName: string, now: Date) => {
  const expired = { ':now': Math.floor(now.getTime() / 1000) };
  let deleted = 0;
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: '#ttl < :now',
      ProjectionExpression: '#pk',
      ExpressionAttributeNames: { '#ttl': TTL, '#pk': PK.name },
      ExpressionAttributeValues: expired,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      try {
        await db.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { [PK.name]: item[PK.name] },
            ConditionExpression: '#ttl < :now',
            ExpressionAttributeNames: { '#ttl': TTL },
            ExpressionAttributeValues: expired,
          }),
        );
        deleted += 1;
      } catch (error) {
        if (!isConditionFailure(error)) throw error; // Renewed meanwhile: keep it.
      }
    }
  }
  return deleted;
};
