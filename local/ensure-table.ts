import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_SHAPE } from '../functions/contract/service-contract.ts';

const { partitionKey, byFormIndex } = TABLE_SHAPE;

const exists = async (client: DynamoDBClient, tableName: string): Promise<boolean> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
};

/** Creates the table from the shared shape (keys, index, stream, TTL) unless it is already there. */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  if (await exists(client, tableName)) return;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
        { AttributeName: byFormIndex.partitionKey.name, AttributeType: byFormIndex.partitionKey.type },
        { AttributeName: byFormIndex.sortKey.name, AttributeType: byFormIndex.sortKey.type },
      ],
      KeySchema: [{ AttributeName: partitionKey.name, KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: byFormIndex.indexName,
          KeySchema: [
            { AttributeName: byFormIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: byFormIndex.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_SHAPE.streamViewType },
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE_SHAPE.timeToLiveAttribute },
    }),
  );
};
