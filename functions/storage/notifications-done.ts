import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';

const { partitionKey: PK } = TABLE_SHAPE;

/**
 * Which of these submissions need no email any more: the team's went out, and the person's too if
 * one was due. Read a hundred at a time (BatchGetItem), so the local twin can catch up on a long
 * stream without a round of sends per record. A reference no longer in the table counts as done.
 */
export const notificationsDone = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  references: string[],
): Promise<Set<string>> => {
  const unique = [...new Set(references)];
  const done = new Set(unique);
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((r) => ({ [PK.name]: r }));
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: keys,
              ProjectionExpression: '#pk, teamNotifiedAt, confirmationDue, confirmationSentAt',
              ExpressionAttributeNames: { '#pk': PK.name },
            },
          },
        }),
      );
      for (const item of result.Responses?.[tableName] ?? []) {
        const waiting = !item.teamNotifiedAt || (item.confirmationDue === true && !item.confirmationSentAt);
        if (waiting) done.delete(String(item[PK.name]));
      }
      keys = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return done;
};
