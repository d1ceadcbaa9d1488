import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, expect, inject, it } from 'vitest';
import { TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import { ensureTable } from '../../../functions/storage/ensure-tables.ts';
import { LOCAL_REGION, useLocalCredentials } from '../../../local/local-credentials.ts';

useLocalCredentials();
const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION });
afterAll(() => client.destroy());

it('widens the stream of a table kept from before the erased tally (new images only) to old and new', async () => {
  const TableName = `test-${randomUUID()}`;
  await client.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      // Kept from before the tally: its indexes were there already; only the stream's view differs.
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        ...['formId', 'team', 'createdAt'].map((AttributeName) => ({
          AttributeName,
          AttributeType: 'S' as const,
        })),
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [TABLE_SHAPE.byFormIndex, TABLE_SHAPE.byTeamIndex].map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
        ],
        Projection: { ProjectionType: 'ALL' as const },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    }),
  );
  await ensureTable(client, TableName);
  const { Table } = await client.send(new DescribeTableCommand({ TableName }));
  expect(Table?.StreamSpecification).toEqual({
    StreamEnabled: true,
    StreamViewType: TABLE_SHAPE.streamViewType,
  });
  expect(TABLE_SHAPE.streamViewType).toBe('NEW_AND_OLD_IMAGES');
});
