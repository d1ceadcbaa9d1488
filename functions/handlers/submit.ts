import { hashKeyOf, readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeS3Client, S3FileStore } from '../files/s3-file-store.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoReturnAccess } from '../storage/dynamodb-return-access.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';
import { makeSubmitHandler } from './submit-app.ts';

// Created once per Lambda instance: configuration is checked and clients connected at cold start.
const runtime = readRuntime();
const documents = makeDocumentClient(runtime);
const store = new DynamoSubmissionStore(documents, runtime.TABLE_NAME);
// A repeated submission's fresh return code (issue 21): one conditional UpdateItem.
const returnCodes = new DynamoReturnAccess(documents, runtime.TABLE_NAME);
// The evidence bucket (issue 22): presigned uploads, and a first look at each before it is attached.
const files = runtime.EVIDENCE_BUCKET
  ? new S3FileStore(makeS3Client({ region: runtime.AWS_REGION, endpoint: runtime.S3_ENDPOINT }), {
      bucket: runtime.EVIDENCE_BUCKET,
      region: runtime.AWS_REGION,
      versioned: true,
    })
  : undefined;

/** Lambda entry point for API Gateway HTTP API (payload v2): GET and POST /api/forms/… */
export const handler = makeSubmitHandler({
  config: serviceConfig,
  store,
  now: systemClock,
  hashKey: hashKeyOf(runtime),
  returnCodes: { replace: (reference, codeHash) => returnCodes.replaceReturnCode(reference, codeHash) },
  files,
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
});
