import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { FollowUp } from '../progress/types.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds } = TABLE_SHAPE;

/**
 * One UpdateItem: sets the case's follow-up (or removes it), only while it is an ordinary
 * submission. 'gone' when it was erased (or is not one) meanwhile. The last one set wins: a
 * follow-up is one date, not a history.
 */
export const writeFollowUp = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  followUp: FollowUp | undefined,
): Promise<'saved' | 'gone'> => {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { [PK.name]: reference },
        UpdateExpression: followUp ? 'SET #followUp = :followUp' : 'REMOVE #followUp',
        ConditionExpression: 'attribute_exists(#pk) AND #kind = :submission',
        ExpressionAttributeNames: { '#pk': PK.name, '#kind': KIND, '#followUp': 'followUp' },
        ExpressionAttributeValues: {
          ':submission': kinds.submission,
          ...(followUp ? { ':followUp': followUp } : {}),
        },
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'gone';
    throw error;
  }
};
