import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';
import { claimKey } from './upload-claims.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * The keys of the items a case's record names that live and die with it: its own search tokens
 * (FIND#{reference}#…, as findKeys lists them; a key naming anything else is never touched from
 * here) and its evidence upload claims (UPLOAD#{id}, one per entry in files). None once it is gone.
 * Erasure deletes them; an addition moves them to the case's new expiry.
 */
export const caseItemKeys = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
): Promise<{ tokens: string[]; claims: string[] }> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: { [PK.name]: reference },
      ProjectionExpression: '#keys, #files',
      ExpressionAttributeNames: { '#keys': 'findKeys', '#files': 'files' },
      ConsistentRead: true,
    }),
  );
  const keys: unknown = Item?.findKeys;
  const own = `${TABLE_SHAPE.findTokenPrefix}${reference}#`;
  const tokens = Array.isArray(keys) ? keys.map(String).filter((k) => k.startsWith(own)) : [];
  const files: unknown = Item?.files;
  const claims = Array.isArray(files) ? files.map((f) => claimKey(String((f as { id?: unknown }).id))) : [];
  return { tokens, claims };
};

/**
 * Moves the items a case's record names (caseItemKeys) to the case's new expiry, so a case kept
 * longer by an addition (retention counts from the last addition) is still found by search, and
 * its files still claimed, for as long as it is kept. Each only ever moves later, and only while it
 * is still of its kind: run again (the same page sent twice), it changes nothing. Only the key, kind
 * and expiry are named, all within the return function's ADDITION_ATTRIBUTES. A claim is not checked
 * to name this reference: one upload is claimed once, in the write that lists it in these files.
 */
export const extendCaseItems = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  expiresAt: number,
): Promise<void> => {
  const { tokens, claims } = await caseItemKeys(db, tableName, reference);
  const items = [
    ...tokens.map((key) => ({ key, kind: kinds.findToken })),
    ...claims.map((key) => ({ key, kind: kinds.uploadClaim })),
  ];
  await Promise.all(
    items.map(async ({ key, kind }) => {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { [PK.name]: key },
            UpdateExpression: 'SET #expires = :expiresAt',
            ConditionExpression: 'attribute_exists(#pk) AND #kind = :kind AND #expires < :expiresAt',
            ExpressionAttributeNames: { '#pk': PK.name, '#kind': KIND, '#expires': TTL },
            ExpressionAttributeValues: { ':kind': kind, ':expiresAt': expiresAt },
          }),
        );
      } catch (error) {
        // Already as late (or later), or erased meanwhile: nothing to move.
        if (!isConditionFailure(error)) throw error;
      }
    }),
  );
};
