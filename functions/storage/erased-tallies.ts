import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { ErasedTally } from '../reporting/erased-tally.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  timeToLiveAttribute: TTL,
  erasedTallyPrefix,
  tallyMarkerPrefix,
} = TABLE_SHAPE;

/** A removal's marker outlives the stream's 24 hours, so no redelivery of it can count twice. */
const MARKER_SECONDS = 3 * 24 * 60 * 60;

export const tallyKey = (month: string): string => `${erasedTallyPrefix}${month}`;

/**
 * Adds 1 to each named counter of a month's tally, once per removal: a marker item for the removal
 * (its stream event id, which names no one) is created in the same transaction, on condition that
 * it is new, so a redelivered stream record changes nothing. 'already' when it was counted before.
 */
export const countRemoval = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  removal: { id: string; month: string; counters: readonly string[] },
  now: Date,
): Promise<'counted' | 'already'> => {
  const names: Record<string, string> = { '#kind': KIND };
  const values: Record<string, unknown> = { ':kind': kinds.erasedTally, ':one': 1 };
  const adds = removal.counters.map((counter, i) => {
    names[`#c${i}`] = counter;
    return `#c${i} :one`;
  });
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                [PK.name]: `${tallyMarkerPrefix}${removal.id}`,
                [KIND]: kinds.tallyMarker,
                [TTL]: Math.floor(now.getTime() / 1000) + MARKER_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(#pk)',
              ExpressionAttributeNames: { '#pk': PK.name },
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: { [PK.name]: tallyKey(removal.month) },
              UpdateExpression: `SET #kind = :kind ADD ${adds.join(', ')}`,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
            },
          },
        ],
      }),
    );
    return 'counted';
  } catch (error) {
    const codes =
      error instanceof TransactionCanceledException
        ? (error.CancellationReasons ?? []).map((r) => r.Code)
        : [];
    if (codes[0] === 'ConditionalCheckFailed') return 'already';
    throw error;
  }
};

/** Each month's tally (months with none are left out), read one GetItem a month: a report spans few. */
export const readErasedTallies = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  months: readonly string[],
): Promise<ErasedTally[]> => {
  const tallies: ErasedTally[] = [];
  for (const month of months) {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: { [PK.name]: tallyKey(month) }, ConsistentRead: true }),
    );
    if (!Item) continue;
    const counters = Object.fromEntries(
      Object.entries(Item).filter(
        ([name, value]) => name !== PK.name && name !== KIND && typeof value === 'number',
      ),
    ) as Record<string, number>;
    tallies.push({ month, counters });
  }
  return tallies;
};
