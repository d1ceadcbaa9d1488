import { setTimeout as sleep } from 'node:timers/promises';
import { readReturnRuntime } from '../config/return-runtime.ts';
import { hashKeyOf } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { SesSuppressionList } from '../email/ses-suppression-list.ts';
import { makeS3Client, S3FileStore } from '../files/s3-file-store.ts';
import { DynamoFileAttachments } from '../storage/append-files.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoReturnAccess } from '../storage/dynamodb-return-access.ts';
import { DynamoStaffStore } from '../storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { returningStore } from '../storage/returning-store.ts';
import { systemClock } from '../time/clock.ts';
import { makeReturnHandler } from './return-app.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readReturnRuntime();
const documents = makeDocumentClient(runtime);
const config = { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl };
const access = new DynamoReturnAccess(documents, runtime.TABLE_NAME);
const hashKey = hashKeyOf(runtime);
// Evidence sent later (issue 22): presigned uploads to the bucket, attached to the case with a claim.
const evidence = runtime.EVIDENCE_BUCKET
  ? {
      files: new S3FileStore(makeS3Client({ region: runtime.AWS_REGION, endpoint: runtime.S3_ENDPOINT }), {
        bucket: runtime.EVIDENCE_BUCKET,
        region: runtime.AWS_REGION,
        versioned: true,
      }),
      attachments: new DynamoFileAttachments(documents, runtime.TABLE_NAME),
      hashKey,
    }
  : undefined;

// Issue 21: the one-time sign-in link, sent from the confirmation's own address and, as the
// confirmation, never to an address on the account's suppression list.
const ses = makeSesClient(runtime);
const linkEmail = {
  notifier: new SesNotifier(ses, config.senderEmail, runtime.SES_CONFIGURATION_SET),
  suppression: new SesSuppressionList(ses),
};

/** Lambda entry point for the way back in (API Gateway HTTP API, payload v2): every /return/ page. */
export const handler = makeReturnHandler({
  config,
  access,
  cases: returningStore(access, new DynamoSubmissionStore(documents, runtime.TABLE_NAME)),
  audit: new DynamoStaffStore(documents, runtime.STAFF_TABLE_NAME),
  hashKey,
  now: systemClock,
  pause: (ms) => sleep(ms),
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
  evidence,
  linkEmail,
});
