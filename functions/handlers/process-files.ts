import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeS3Client, S3FileStore } from '../files/s3-file-store.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoFileRecords } from '../storage/dynamodb-file-records.ts';
import { systemClock } from '../time/clock.ts';
import { makeProcessFilesHandler, type ScanResultEvent } from './process-files-app.ts';

// Created once per Lambda instance.
const runtime = readRuntime();
if (!runtime.EVIDENCE_BUCKET)
  throw new Error('EVIDENCE_BUCKET is not set: the deployment gives it to file processing');
const processing = makeProcessFilesHandler({
  files: new S3FileStore(makeS3Client({ region: runtime.AWS_REGION }), {
    bucket: runtime.EVIDENCE_BUCKET,
    region: runtime.AWS_REGION,
    versioned: true,
  }),
  records: new DynamoFileRecords(makeDocumentClient(runtime), runtime.TABLE_NAME),
  settings: serviceConfig.files,
  now: systemClock,
});

/** Lambda entry point: the table's stream (new upload claims) and GuardDuty's scan results (EventBridge). */
export const handler = (event: DynamoDBStreamEvent | ScanResultEvent, context: Context) =>
  'Records' in event ? processing.claims(event, context) : processing.scanned(event);
