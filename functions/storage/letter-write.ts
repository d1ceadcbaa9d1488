import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LetterEntry } from '../case-review/letter-entry.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK } = TABLE_SHAPE;

/**
 * One UpdateItem that appends a sent letter to the case (slice 23-case-review): its only condition
 * is that the record is there (not erased), so two letters sent at once are both kept, in order.
 */
export const appendLetter = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  letter: LetterEntry,
): Promise<'saved' | 'gone'> => {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { [PK.name]: reference },
        UpdateExpression: 'SET #letters = list_append(if_not_exists(#letters, :none), :letter)',
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK.name, '#letters': 'letters' },
        ExpressionAttributeValues: { ':none': [], ':letter': [letter] },
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'gone';
    throw error;
  }
};
