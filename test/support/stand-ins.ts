import { randomBytes, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { inject } from 'vitest';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { DynamoConfirmationLimit } from '../../functions/storage/dynamodb-confirmation-limit.ts';
import { DynamoSubmissionStore } from '../../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../../functions/storage/ensure-tables.ts';
import { LOCAL_REGION, useLocalCredentials } from '../../local/local-credentials.ts';

/** The configuration used by tests: the sample, with no minimum fill time unless a test sets one. */
export const testConfig = (overrides: Partial<ServiceConfig> = {}): ServiceConfig => ({
  ...serviceConfig,
  spam: { ...serviceConfig.spam, minFillSeconds: 0 },
  ...overrides,
});

/** The configuration with every form's answers in the team email, as a deployer may choose. */
export const withAnswersInEmail = (config: ServiceConfig): ServiceConfig => ({
  ...config,
  forms: Object.fromEntries(
    Object.entries(config.forms).map(([id, settings]) => [id, { ...settings, includeAnswersInEmail: true }]),
  ),
});

/** A fresh table on the shared DynamoDB Local, and a store and document client for it. */
export const freshTable = async () => {
  useLocalCredentials();
  const endpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION });
  await ensureTable(client, tableName);
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: endpoint });
  const store = new DynamoSubmissionStore(documents, tableName);
  const allItems = async () => (await documents.send(new ScanCommand({ TableName: tableName }))).Items ?? [];
  const clear = async () => {
    for (const item of await allItems()) {
      await documents.send(new DeleteCommand({ TableName: tableName, Key: { pk: item.pk } }));
    }
  };
  const limit = new DynamoConfirmationLimit(documents, tableName);
  return { endpoint, tableName, client, documents, store, limit, allItems, clear };
};

/** An HTTP API (payload v2) event, as API Gateway would send it. */
export const apiEvent = (
  method: string,
  path: string,
  options: {
    body?: string;
    contentType?: string;
    query?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
  headers: { ...(options.contentType ? { 'content-type': options.contentType } : {}), ...options.headers },
  ...(options.query ? { queryStringParameters: options.query } : {}),
  requestContext: {
    accountId: 'test',
    apiId: 'test',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
    requestId: randomUUID(),
    routeKey: '$default',
    stage: '$default',
    time: new Date().toUTCString(),
    timeEpoch: Date.now(),
  },
  ...(options.body !== undefined ? { body: options.body } : {}),
  isBase64Encoded: false,
});

/** A hash key for the duplicate guard, as the deployment's secret or the twin's generated key. */
export const TEST_HASH_KEY = randomBytes(32);

/** A suppression list with nothing on it, for tests that are not about suppression. */
export const NOTHING_SUPPRESSED = { isSuppressed: async () => false };
