import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/**
 * A Query, page by page until DynamoDB says there is no more. A page DynamoDB filtered can be empty
 * and still have more after it, so empty pages are passed over, not taken as the end.
 */
export async function* queryPages<T>(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<T[]> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    startKey = page.LastEvaluatedKey;
    if ((page.Items ?? []).length > 0) yield (page.Items ?? []) as T[];
  } while (startKey);
}
