import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { STAFF_TABLE_SHAPE, TABLE_SHAPE } from '../contract/service-contract.ts';

interface KeyAttribute {
  name: string;
  type: string;
}

interface IndexShape {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

interface Shape {
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  indexes: IndexShape[];
  timeToLiveAttribute: string;
  stream?: typeof TABLE_SHAPE.streamViewType;
}

const definitions = (keys: KeyAttribute[]): AttributeDefinition[] =>
  [...new Map(keys.map((k) => [k.name, k])).values()].map((k) => ({
    AttributeName: k.name,
    AttributeType: k.type as 'S',
  }));

const indexOf = (index: IndexShape): GlobalSecondaryIndex => ({
  IndexName: index.indexName,
  KeySchema: [
    { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
    { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
});

const describe = async (client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> => {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
};

const create = async (client: DynamoDBClient, tableName: string, shape: Shape) => {
  const keys = [shape.partitionKey, ...(shape.sortKey ? [shape.sortKey] : [])];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: definitions([
        ...keys,
        ...shape.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ]),
      KeySchema: [
        { AttributeName: shape.partitionKey.name, KeyType: 'HASH' },
        ...(shape.sortKey ? [{ AttributeName: shape.sortKey.name, KeyType: 'RANGE' as const }] : []),
      ],
      GlobalSecondaryIndexes: shape.indexes.map(indexOf),
      ...(shape.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: shape.stream } } : {}),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { Enabled: true, AttributeName: shape.timeToLiveAttribute },
    }),
  );
};

/** A table kept from an older version lacks indexes added since: add them, as a deployment would. */
const addMissingIndexes = async (
  client: DynamoDBClient,
  tableName: string,
  shape: Shape,
  table: TableDescription,
) => {
  const present = new Set((table.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of shape.indexes.filter((i) => !present.has(i.indexName))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: definitions([index.partitionKey, index.sortKey]),
        GlobalSecondaryIndexUpdates: [{ Create: indexOf(index) }],
      }),
    );
  }
};

/**
 * A table kept from an older version streams a narrower view (new images only, before the erased
 * tally needed old ones): a stream's view cannot change while it is on, so it is turned off and on
 * again with the shape's view, as CloudFormation does on AWS. The new stream starts empty.
 */
const widenStream = async (
  client: DynamoDBClient,
  tableName: string,
  shape: Shape,
  table: TableDescription,
) => {
  const view = table.StreamSpecification?.StreamViewType;
  if (!shape.stream || !view || view === shape.stream) return;
  await client.send(
    new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: false } }),
  );
  await client.send(
    new UpdateTableCommand({
      TableName: tableName,
      StreamSpecification: { StreamEnabled: true, StreamViewType: shape.stream },
    }),
  );
};

const ensure = async (client: DynamoDBClient, tableName: string, shape: Shape): Promise<void> => {
  const table = await describe(client, tableName);
  if (!table) return create(client, tableName, shape);
  await addMissingIndexes(client, tableName, shape, table);
  await widenStream(client, tableName, shape, table);
};

/** Creates the submissions table from the shared shape (keys, indexes, stream, TTL) unless it is there. */
export const ensureTable = (client: DynamoDBClient, tableName: string): Promise<void> =>
  ensure(client, tableName, {
    partitionKey: TABLE_SHAPE.partitionKey,
    indexes: [TABLE_SHAPE.byFormIndex, TABLE_SHAPE.byTeamIndex, TABLE_SHAPE.byLookupIndex],
    timeToLiveAttribute: TABLE_SHAPE.timeToLiveAttribute,
    stream: TABLE_SHAPE.streamViewType,
  });

/** Creates the staff table (sessions, sign-ins under way, the audit trail) unless it is there. */
export const ensureStaffTable = (client: DynamoDBClient, tableName: string): Promise<void> =>
  ensure(client, tableName, {
    partitionKey: STAFF_TABLE_SHAPE.partitionKey,
    sortKey: STAFF_TABLE_SHAPE.sortKey,
    indexes: [STAFF_TABLE_SHAPE.byActorIndex],
    timeToLiveAttribute: STAFF_TABLE_SHAPE.timeToLiveAttribute,
  });
