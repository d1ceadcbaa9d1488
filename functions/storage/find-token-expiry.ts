import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * Moves a case's search token items (FIND#…, as its record lists them in findKeys) to the case's
 * new expiry, so a case kept longer by an addition is still found by search for as long as it is
 * kept (retention counts from the last addition). Each only ever moves later, and only while it is
 * still a search token: run again (the same page sent twice), it changes nothing.
 */
export const extendFindTokens = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  expiresAt: number,
): Promise<void> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: { [PK.name]: reference },
      ProjectionExpression: '#keys',
      ExpressionAttributeNames: { '#keys': 'findKeys' },
      ConsistentRead: true,
    }),
  );
  const keys = Array.isArray(Item?.findKeys) ? (Item.findKeys as unknown[]).map(String) : [];
  await Promise.all(
    keys
      .filter((key) => key.startsWith(TABLE_SHAPE.findTokenPrefix))
      .map(async (key) => {
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: { [PK.name]: key },
              UpdateExpression: 'SET #expires = :expiresAt',
              ConditionExpression: 'attribute_exists(#pk) AND #kind = :token AND #expires < :expiresAt',
              ExpressionAttributeNames: { '#pk': PK.name, '#kind': KIND, '#expires': TTL },
              ExpressionAttributeValues: { ':token': kinds.findToken, ':expiresAt': expiresAt },
            }),
          );
        } catch (error) {
          // Already as late (or later), or erased meanwhile: nothing to move.
          if (!isConditionFailure(error)) throw error;
        }
      }),
  );
};
