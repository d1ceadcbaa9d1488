import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { isConditionFailure } from './condition-failure.ts';
import { findTokenItems } from './find-tokens.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds } = TABLE_SHAPE;

type Existing = Pick<
  SubmissionRecord,
  'reference' | 'team' | 'createdAt' | 'expiresAt' | 'status' | 'assignee' | 'findKeys'
>;

/** Equal to what was read, or absent as it was: so a step or assignment made meanwhile is never undone. */
const unchanged = (name: string, value: string | undefined, values: Record<string, unknown>) => {
  if (value === undefined) return `attribute_not_exists(#${name})`;
  values[`:${name}`] = value;
  return `#${name} = :${name}`;
};

/**
 * Gives a record written before search (or before the look-up index) its token items, `findKeys`
 * and `lookup` (and its status, where the steps now read otherwise), in one transaction, only while its status and assignee are as read. Running it
 * again writes the same items (their keys are FIND#{reference}#{n}) and deletes any it no longer
 * has. False when the record changed or went meanwhile (run again to catch it).
 */
export const refreshFindTokens = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  record: Existing,
  tokens: readonly string[],
  lookup: string | undefined,
  /** The status as the steps now read (an old on-hold closure reads as paused), when it differs from the stored one. */
  status?: string,
): Promise<boolean> => {
  const items = findTokenItems(record, tokens);
  const keys = items.map((item) => String(item[PK.name]));
  const stale = (record.findKeys ?? []).filter(
    (pk) => !keys.includes(pk) && pk.startsWith(`${TABLE_SHAPE.findTokenPrefix}${record.reference}#`),
  );
  const values: Record<string, unknown> = { ':submission': kinds.submission };
  const sets: string[] = [];
  const removes: string[] = [];
  if (keys.length > 0) {
    sets.push('#findKeys = :keys');
    values[':keys'] = keys;
  } else removes.push('#findKeys');
  if (lookup) {
    sets.push('#lookup = :lookup');
    values[':lookup'] = lookup;
  } else removes.push('#lookup');
  if (status !== undefined && status !== record.status) {
    sets.push('#status = :nowStatus');
    values[':nowStatus'] = status;
  }
  const condition = [
    '#kind = :submission',
    unchanged('status', record.status, values),
    unchanged('assignee', record.assignee, values),
  ].join(' AND ');
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: { [PK.name]: record.reference },
              UpdateExpression: [
                sets.length > 0 ? `SET ${sets.join(', ')}` : '',
                removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
              ].join(' '),
              ConditionExpression: condition,
              ExpressionAttributeNames: {
                '#kind': KIND,
                '#status': 'status',
                '#assignee': 'assignee',
                '#findKeys': 'findKeys',
                '#lookup': TABLE_SHAPE.byLookupIndex.partitionKey.name,
              },
              ExpressionAttributeValues: values,
            },
          },
          ...items.map((Item) => ({ Put: { TableName: tableName, Item } })),
          ...stale.map((pk) => ({ Delete: { TableName: tableName, Key: { [PK.name]: pk } } })),
        ],
      }),
    );
    return true;
  } catch (error) {
    // Refused by the record's condition, or crossed by another write: left for the next run.
    if (isConditionFailure(error) || (error as Error)?.name === 'TransactionCanceledException') return false;
    throw error;
  }
};
