import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

type Key = Record<string, unknown>;
type Item = Record<string, unknown>;

/** BatchGetItem takes at most 100 keys a call. */
const MAX_KEYS = 100;

/**
 * Every item found for these keys, read a hundred at a time and following UnprocessedKeys until
 * DynamoDB has answered for all of them. Keys with no item are simply absent from the result.
 */
export const batchGetAll = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  projection?: { expression: string; names: Record<string, string> },
): Promise<Item[]> => {
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) {
    let pending: Key[] | undefined = keys.slice(i, i + MAX_KEYS);
    while (pending && pending.length > 0) {
      const result: BatchGetCommandOutput = await client.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ...(projection
                ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
                : {}),
            },
          },
        }),
      );
      found.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
};
