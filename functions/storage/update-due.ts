import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE, UPDATE_DUE } from '../contract/service-contract.ts';
import { queryPages } from './query-pages.ts';

const { partitionKey: PK, byLookupIndex, kindAttribute, timeToLiveAttribute } = TABLE_SHAPE;

const noteItem = (reference: string, at: Date, due: boolean) => ({
  [PK.name]: `${UPDATE_DUE.prefix}${reference}`,
  [kindAttribute]: UPDATE_DUE.kind,
  reference,
  [timeToLiveAttribute]: Math.floor(at.getTime() / 1000) + UPDATE_DUE.keepDays * 86_400,
  // In the look-up index only while due.
  ...(due
    ? { [byLookupIndex.partitionKey.name]: UPDATE_DUE.lookup, [byLookupIndex.sortKey.name]: at.toISOString() }
    : {}),
});

/** Slice 21-team: notes that a case owes its team an update email (contract/stream.ts UPDATE_DUE). */
export const writeUpdateDue = (
  client: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  at: Date,
  due: boolean,
) => client.send(new PutCommand({ TableName: tableName, Item: noteItem(reference, at, due) }));

/** The references whose update email has been due since before `before`, oldest first. */
export const queryUpdatesDue = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  before: Date,
): Promise<string[]> => {
  const references: string[] = [];
  const pages = queryPages<{ reference: string }>(client, {
    TableName: tableName,
    IndexName: byLookupIndex.indexName,
    KeyConditionExpression: '#lookup = :due AND #at < :before',
    ExpressionAttributeNames: {
      '#lookup': byLookupIndex.partitionKey.name,
      '#at': byLookupIndex.sortKey.name,
      '#ref': 'reference',
    },
    ExpressionAttributeValues: { ':due': UPDATE_DUE.lookup, ':before': before.toISOString() },
    ProjectionExpression: '#ref',
  });
  for await (const page of pages) references.push(...page.map((i) => i.reference));
  return references;
};
