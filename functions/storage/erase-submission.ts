import { DeleteCommand, type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE, UPDATE_DUE } from '../contract/service-contract.ts';
import { caseItemKeys } from './case-items.ts';
import { isConditionFailure } from './condition-failure.ts';
import { confirmationLimitKey } from './dynamodb-confirmation-limit.ts';
import type { Erased } from './submission-store.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  referenceAttribute: REFERENCE,
  confirmationLimitPrefix,
} = TABLE_SHAPE;

/** The partition keys of one kind of item that carry this reference, by a Scan (see findGuardKeys). */
const scanKeys = async (db: DynamoDBDocumentClient, tableName: string, reference: string, kind: string) => {
  const keys: string[] = [];
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: '#kind = :kind AND #reference = :reference',
      // Named attributes only: the staff function may scan for these three and nothing else.
      Select: 'SPECIFIC_ATTRIBUTES',
      ProjectionExpression: '#pk',
      ExpressionAttributeNames: { '#kind': KIND, '#reference': REFERENCE, '#pk': PK.name },
      ExpressionAttributeValues: { ':kind': kind, ':reference': reference },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) keys.push(String(item[PK.name]));
  return keys;
};

/**
 * Records name their guard item (guardPk). For a record that is already gone, or one written
 * before guardPk existed, guard items are found by a Scan of the whole table with a filter on the
 * reference they carry: every item is read, acceptable for that rare case.
 */
export const findGuardKeys = (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
): Promise<string[]> => scanKeys(db, tableName, reference, kinds.guard);

/**
 * The confirmation claims this submission holds (their address hashes), for the operator tools,
 * which have no hash key to work them out from the address: a Scan, as for guards.
 */
export const findConfirmationClaims = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
): Promise<string[]> =>
  (await scanKeys(db, tableName, reference, kinds.confirmationLimit)).map((pk) =>
    pk.slice(confirmationLimitPrefix.length),
  );

/**
 * Deletes one item that names this reference (a guard, or a confirmation claim) if it still does;
 * false when it was already gone or now belongs to another submission.
 */
const deleteIfTheirs = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  reference: string,
) => {
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
 * Deletes the search token items, the guard items, the confirmation claim and any update-due note first, then the
 * record: if it stops half way, erasing again finds what is left (the record still lists its
 * tokens, and a guard never outlives its record to hand an erased reference to a repeat). A guard
 * or claim is deleted only while it is still this submission's.
 */
export const eraseSubmission = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  guardKeys: readonly string[],
  claimHashes: readonly string[] = [],
): Promise<Erased> => {
  const { tokens, claims: uploadClaims } = await caseItemKeys(db, tableName, reference);
  for (const pk of tokens) await db.send(new DeleteCommand({ TableName: tableName, Key: { [PK.name]: pk } }));
  for (const pk of uploadClaims) await deleteIfTheirs(db, tableName, pk, reference);
  let guards = 0;
  for (const pk of guardKeys) if (await deleteIfTheirs(db, tableName, pk, reference)) guards += 1;
  let claims = 0;
  for (const hash of claimHashes)
    if (await deleteIfTheirs(db, tableName, confirmationLimitKey(hash), reference)) claims += 1;
  // Slice 21-team: the note that it owed an update email, which names the reference.
  await db.send(
    new DeleteCommand({ TableName: tableName, Key: { [PK.name]: `${UPDATE_DUE.prefix}${reference}` } }),
  );
  const { Attributes } = await db.send(
    new DeleteCommand({ TableName: tableName, Key: { [PK.name]: reference }, ReturnValues: 'ALL_OLD' }),
  );
  return { record: Attributes !== undefined, guards, claims };
};
