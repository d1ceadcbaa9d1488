import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { serviceConfig } from '../functions/config/service-config.ts';
import { makeStaffHandler } from '../functions/handlers/staff-app.ts';
import type { OpenId } from '../functions/staff/auth/openid.ts';
import { DynamoSubmissionRemoval } from '../functions/storage/dynamodb-removal.ts';
import type { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import type { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { inboxSource } from '../functions/storage/inbox-source.ts';

/** Sessions are made directly in the benches, as sign-in would: the provider is never called. */
const NO_PROVIDER: OpenId = {
  start: () => Promise.reject(new Error('not used')),
  finish: () => Promise.reject(new Error('not used')),
  signOutUrl: () => Promise.reject(new Error('not used')),
};

/** The real staff handler over one bench table in DynamoDB Local, on the real clock. */
export const benchStaffHandler = (
  documents: DynamoDBDocumentClient,
  tableName: string,
  stores: { submissions: DynamoSubmissionStore; staff: DynamoStaffStore },
  hashKey: Buffer = Buffer.alloc(32),
) =>
  makeStaffHandler({
    config: serviceConfig,
    ...stores,
    removal: new DynamoSubmissionRemoval(documents, tableName),
    inbox: inboxSource(documents, tableName),
    openId: NO_PROVIDER,
    now: () => new Date(),
    hashKey,
  });
