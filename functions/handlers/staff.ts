import { hashKeyOf } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { readStaffRuntime } from '../config/staff-runtime.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import { makeS3Client, S3FileStore } from '../files/s3-file-store.ts';
import { makeOpenId } from '../staff/auth/openid.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoSubmissionRemoval } from '../storage/dynamodb-removal.ts';
import { DynamoStaffStore } from '../storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { DynamoWebhookLog } from '../storage/dynamodb-webhook-log.ts';
import { inboxSource } from '../storage/inbox-source.ts';
import { systemClock } from '../time/clock.ts';
import { makeStaffHandler } from './staff-app.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readStaffRuntime();
const documents = makeDocumentClient(runtime);
// The site's public address: the provider sends people back there.
const config = { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl };

/** Lambda entry point for the staff workspace (API Gateway HTTP API, payload v2): every /staff/ page. */
export const handler = makeStaffHandler({
  config,
  submissions: new DynamoSubmissionStore(documents, runtime.TABLE_NAME),
  removal: new DynamoSubmissionRemoval(documents, runtime.TABLE_NAME),
  inbox: inboxSource(documents, runtime.TABLE_NAME),
  staff: new DynamoStaffStore(documents, runtime.STAFF_TABLE_NAME),
  webhookLog: new DynamoWebhookLog(documents, runtime.STAFF_TABLE_NAME),
  openId: makeOpenId(runtime, new URL(STAFF_PATHS.callback, config.siteUrl).href),
  now: systemClock,
  hashKey: hashKeyOf(runtime),
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
  // Evidence files (issue 22): 5-minute download links and erasure; versioned on AWS.
  files: runtime.EVIDENCE_BUCKET
    ? new S3FileStore(makeS3Client({ region: runtime.AWS_REGION }), {
        bucket: runtime.EVIDENCE_BUCKET,
        region: runtime.AWS_REGION,
        versioned: true,
      })
    : undefined,
});
