import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from '../config/runtime.ts';

/** A document client; made once per module by its caller so warm Lambda invocations reuse it. */
export const makeDocumentClient = (runtime: Pick<Runtime, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: runtime.AWS_REGION,
      ...(runtime.DYNAMODB_ENDPOINT ? { endpoint: runtime.DYNAMODB_ENDPOINT } : {}),
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
