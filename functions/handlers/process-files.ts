import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { Context, DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeS3Client, S3FileStore } from '../files/s3-file-store.ts';
import { SqsScanChecks } from '../files/sqs-scan-checks.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoFileRecords } from '../storage/dynamodb-file-records.ts';
import { systemClock } from '../time/clock.ts';
import { makeProcessFilesHandler, type ScanResultEvent } from './process-files-app.ts';

// Created once per Lambda instance.
const runtime = readRuntime();
if (!runtime.EVIDENCE_BUCKET || !runtime.SCAN_CHECK_QUEUE_URL)
  throw new Error(
    'EVIDENCE_BUCKET and SCAN_CHECK_QUEUE_URL are not set: the deployment gives them to file processing',
  );
const processing = makeProcessFilesHandler({
  files: new S3FileStore(makeS3Client({ region: runtime.AWS_REGION }), {
    bucket: runtime.EVIDENCE_BUCKET,
    region: runtime.AWS_REGION,
    versioned: true,
  }),
  records: new DynamoFileRecords(makeDocumentClient(runtime), runtime.TABLE_NAME),
  settings: serviceConfig.files,
  now: systemClock,
  scanChecks: new SqsScanChecks(runtime.SCAN_CHECK_QUEUE_URL, {
    region: runtime.AWS_REGION,
    credentials: fromEnv(),
  }),
});

const isQueue = (event: { Records: { eventSource?: string }[] }): event is SQSEvent =>
  event.Records[0]?.eventSource === 'aws:sqs';

/**
 * Lambda entry point: the table's stream (new upload claims), GuardDuty's scan results
 * (EventBridge) and the scan-check queue (SQS: claims whose scan had not come back).
 */
export const handler = (event: DynamoDBStreamEvent | SQSEvent | ScanResultEvent, context: Context) => {
  if (!('Records' in event)) return processing.scanned(event);
  return isQueue(event) ? processing.checks(event, context) : processing.claims(event, context);
};
