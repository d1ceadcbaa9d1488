import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { waitingFor } from '../submissions/record.ts';
import { batchGetAll } from './batch-get.ts';

const { partitionKey: PK } = TABLE_SHAPE;

/**
 * Which of these submissions need no email any more (the record's own rule, as `ops pending`
 * uses). Read a hundred at a time, so the local twin can catch up on a long stream without a round
 * of sends per record. A reference no longer in the table counts as done.
 */
export const notificationsDone = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  references: string[],
): Promise<Set<string>> => {
  const unique = [...new Set(references)];
  const done = new Set(unique);
  const items = await batchGetAll(
    db,
    tableName,
    unique.map((r) => ({ [PK.name]: r })),
    {
      expression: '#pk, teamNotifiedAt, confirmationDue, confirmationSentAt',
      names: { '#pk': PK.name },
    },
  );
  for (const item of items) {
    if (waitingFor(item).length > 0) done.delete(String(item[PK.name]));
  }
  return done;
};
