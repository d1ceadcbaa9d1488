import { DeleteCommand, type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';
import type { Erased } from './submission-store.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, referenceAttribute: REFERENCE } = TABLE_SHAPE;

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
      ExpressionAttributeNames: { '#kind': KIND, '#reference': REFERENCE, '#pk': PK.name },
      ExpressionAttributeValues: { ':guard': kinds.guard, ':reference': reference },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) keys.push(String(item[PK.name]));
  return keys;
};

/** Deletes one guard item if it still guards this reference; false when it was already gone. */
const deleteGuard = async (db: DynamoDBDocumentClient, tableName: string, pk: string, reference: string) => {
  try {
    await db.send(
      new DeleteCommand({
        TableName: tableName,
        Key: { [PK.name]: pk },
        ConditionExpression: '#reference = :reference',
        ExpressionAttributeNames: { '#reference': REFERENCE },
        ExpressionAttributeValues: { ':reference': reference },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false; // Expired and swept: nothing to do.
    throw error;
  }
};

/**
 * Deletes the guard items first, then the record: if it stops half way, erasing again finds what
 * is left (and a guard never outlives its record to hand an erased reference to a repeat).
 */
export const eraseSubmission = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  guardKeys: readonly string[],
): Promise<Erased> => {
  let guards = 0;
  for (const pk of guardKeys) if (await deleteGuard(db, tableName, pk, reference)) guards += 1;
  const { Attributes } = await db.send(
    new DeleteCommand({ TableName: tableName, Key: { [PK.name]: reference }, ReturnValues: 'ALL_OLD' }),
  );
  return { record: Attributes !== undefined, guards };
};
