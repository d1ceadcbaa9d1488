import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { LOCAL_STAFF_TABLE_NAME, STAFF_PATHS } from '../functions/contract/service-contract.ts';
import type { FileStore } from '../functions/files/file-store.ts';
import { makeStaffHandler } from '../functions/handlers/staff-app.ts';
import { makeOpenId } from '../functions/staff/auth/openid.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionRemoval } from '../functions/storage/dynamodb-removal.ts';
import { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { DynamoWebhookLog } from '../functions/storage/dynamodb-webhook-log.ts';
import { ensureStaffTable } from '../functions/storage/ensure-tables.ts';
import { inboxSource } from '../functions/storage/inbox-source.ts';
import { type Clock, systemClock } from '../functions/time/clock.ts';
import { caseApiScopes, localApiClients } from './api-clients.ts';
import { LOCAL_REGION } from './local-credentials.ts';
import { type LocalApiClient, startOidcProvider } from './oidc-provider.ts';
import { localStaffAccounts, type StaffAccount } from './staff-accounts.ts';

export interface StaffWorkspaceOptions {
  config: ServiceConfig;
  /** The twin's own address, which the provider sends people back to. */
  siteUrl: string;
  dynamo: DynamoDBClient;
  dynamoEndpoint: string;
  tableName: string;
  staffTableName?: string;
  /** The twin's hash key, so erasing finds the confirmation claim (functions/staff/erasure.ts). */
  hashKey: Buffer;
  /** The local OpenID provider's port; 0 picks a free one. */
  oidcPort: number;
  log?: (line: string) => void;
  /** The twin's clock (sessions, audit entries, retention). */
  now?: Clock;
  /** Evidence files in the local S3 (issue 22): downloads and erasure. */
  files?: FileStore;
}

export interface StaffWorkspace {
  handler: ReturnType<typeof makeStaffHandler>;
  issuer: string;
  accounts: StaffAccount[];
  /** The case systems' clients on the provider (issue 24). */
  apiClients: LocalApiClient[];
  staffTableName: string;
  stop: () => Promise<void>;
}

/**
 * The staff workspace in the twin: its table, a real OpenID provider with the seeded accounts, and
 * the same handler the Lambda runs, configured exactly as on AWS but for the addresses.
 */
export const startStaffWorkspace = async (options: StaffWorkspaceOptions): Promise<StaffWorkspace> => {
  const staffTableName = options.staffTableName ?? LOCAL_STAFF_TABLE_NAME;
  await ensureStaffTable(options.dynamo, staffTableName);
  const config = { ...options.config, siteUrl: options.siteUrl };
  const accounts = localStaffAccounts(config);
  const client = {
    clientId: 'staff-workspace',
    clientSecret: randomBytes(24).toString('base64url'),
    redirectUri: new URL(STAFF_PATHS.callback, options.siteUrl).href,
    postLogoutRedirectUri: new URL(STAFF_PATHS.signedOut, options.siteUrl).href,
  };
  const apiClients = localApiClients(config);
  const provider = await startOidcProvider({
    port: options.oidcPort,
    accounts,
    client,
    api: { clients: apiClients, scopes: caseApiScopes(config) },
    ...(options.log ? { log: options.log } : {}),
  });
  const documents = makeDocumentClient({
    AWS_REGION: LOCAL_REGION,
    DYNAMODB_ENDPOINT: options.dynamoEndpoint,
  });
  const handler = makeStaffHandler({
    config,
    submissions: new DynamoSubmissionStore(documents, options.tableName),
    removal: new DynamoSubmissionRemoval(documents, options.tableName),
    inbox: inboxSource(documents, options.tableName),
    staff: new DynamoStaffStore(documents, staffTableName, options.now ?? systemClock),
    webhookLog: new DynamoWebhookLog(documents, staffTableName, options.now ?? systemClock),
    openId: makeOpenId(
      {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: client.clientId,
        OIDC_CLIENT_SECRET: client.clientSecret,
      },
      client.redirectUri,
    ),
    now: options.now ?? systemClock,
    hashKey: options.hashKey,
    files: options.files,
  });
  return {
    handler,
    issuer: provider.issuer,
    accounts,
    apiClients,
    staffTableName,
    stop: async () => {
      await provider.stop();
      documents.destroy();
    },
  };
};
