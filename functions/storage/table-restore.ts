import {
  DescribeTableCommand,
  type DynamoDBClient,
  RestoreTableToPointInTimeCommand,
  UpdateContinuousBackupsCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';

const PK = TABLE_SHAPE.partitionKey.name;

/**
 * The restore drill's reads and writes (scripts/restore-drill.ts): restoring a table to a point in
 * time as a new table (AWS only: DynamoDB Local has no point-in-time recovery), copying one table's
 * items into another, and counting what a table holds. Both tables share the partition key and
 * the TTL attribute (TABLE_SHAPE, STAFF_TABLE_SHAPE), so an item is copied as it is.
 */
type Item = Record<string, unknown>;

/** Every item of a table, a page at a time (an operator's Scan: never run by the service). */
export async function* everyItem(documents: DynamoDBDocumentClient, tableName: string): AsyncGenerator<Item> {
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await documents.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    yield* page.Items ?? [];
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}

/** How many items of each kind a table holds: submissions by `kind`, staff items by key prefix. */
export const countByKind = async (documents: DynamoDBDocumentClient, tableName: string) => {
  const counts: Record<string, number> = {};
  for await (const item of everyItem(documents, tableName)) {
    const kind = typeof item.kind === 'string' ? item.kind : String(item[PK]).split('#')[0] || 'other';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
};

const writeBatch = async (documents: DynamoDBDocumentClient, tableName: string, items: Item[]) => {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(attempt, 6)));
    const { UnprocessedItems } = await documents.send(
      new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
    );
    requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
  }
};

/** Copies every item of `from` into `to` (the twin's stand-in for a restore), 25 at a time. */
export const copyEveryItem = async (documents: DynamoDBDocumentClient, from: string, to: string) => {
  let batch: Item[] = [];
  let copied = 0;
  for await (const item of everyItem(documents, from)) {
    batch.push(item);
    if (batch.length === 25) {
      await writeBatch(documents, to, batch);
      copied += batch.length;
      batch = [];
    }
  }
  await writeBatch(documents, to, batch);
  return copied + batch.length;
};

/**
 * Copies back into the live table each item of the restored one it no longer has, never replacing
 * one it has (a condition on its key): what was deleted or lost comes back, what changed since the
 * restore point stays. A submission copied back keeps its sent markers, so no email goes again.
 */
export const copyMissingItems = async (documents: DynamoDBDocumentClient, from: string, to: string) => {
  let copied = 0;
  let kept = 0;
  for await (const item of everyItem(documents, from)) {
    try {
      await documents.send(
        new PutCommand({
          TableName: to,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
      );
      copied++;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      kept++;
    }
  }
  return { copied, kept };
};

/**
 * Restores `source` as it was at `at` into a new table `target`, encrypted with the same KMS key,
 * and waits until it is active. A restored table has no point-in-time recovery, TTL or stream of
 * its own: recovery and TTL are turned on here; the stack's stream stays on the live table.
 */
export const restoreToPointInTime = async (
  client: DynamoDBClient,
  options: { source: string; target: string; at: Date; poll?: number },
) => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: options.source }));
  const kmsKey = Table?.SSEDescription?.KMSMasterKeyArn;
  await client.send(
    new RestoreTableToPointInTimeCommand({
      SourceTableName: options.source,
      TargetTableName: options.target,
      RestoreDateTime: options.at,
      ...(kmsKey
        ? { SSESpecificationOverride: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: kmsKey } }
        : {}),
    }),
  );
  for (;;) {
    const { Table: restored } = await client.send(new DescribeTableCommand({ TableName: options.target }));
    if (restored?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, options.poll ?? 30_000));
  }
  await client.send(
    new UpdateContinuousBackupsCommand({
      TableName: options.target,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: options.target,
      TimeToLiveSpecification: { AttributeName: TABLE_SHAPE.timeToLiveAttribute, Enabled: true },
    }),
  );
};
