import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';
import { claimKey } from './upload-claims.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/** One item that lives and dies with a case: its key and the kind it must still be to be moved. */
interface CaseItem {
  key: string;
  kind: string;
}

/**
 * The items a case's record names that must expire with it: its search tokens (FIND#…, listed in
 * findKeys) and its evidence upload claims (UPLOAD#{id}, one per entry in files).
 */
const caseItemsOf = (record: Record<string, unknown> | undefined): CaseItem[] => {
  const findKeys = Array.isArray(record?.findKeys) ? (record.findKeys as unknown[]).map(String) : [];
  const files = Array.isArray(record?.files) ? (record.files as { id?: unknown }[]) : [];
  return [
    ...findKeys
      .filter((key) => key.startsWith(TABLE_SHAPE.findTokenPrefix))
      .map((key) => ({ key, kind: kinds.findToken })),
    ...files.map((file) => ({ key: claimKey(String(file.id)), kind: kinds.uploadClaim })),
  ];
};

/**
 * Moves the items a case's record names (caseItemsOf) to the case's new expiry, so a case kept
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
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: { [PK.name]: reference },
      ProjectionExpression: '#keys, #files',
      ExpressionAttributeNames: { '#keys': 'findKeys', '#files': 'files' },
      ConsistentRead: true,
    }),
  );
  await Promise.all(
    caseItemsOf(Item).map(async ({ key, kind }) => {
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
