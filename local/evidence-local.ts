import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { FILES_DELIVERY, passesFilesFilter } from '../functions/contract/service-contract.ts';
import { makeS3Client, S3FileStore } from '../functions/files/s3-file-store.ts';
import { makeProcessFilesHandler } from '../functions/handlers/process-files-app.ts';
import { DynamoFileRecords } from '../functions/storage/dynamodb-file-records.ts';
import { LOCAL_REGION } from './local-credentials.ts';
import { startS3Local } from './s3-local.ts';
import { LocalScanCheckQueue } from './scan-check-queue.ts';
import { scanStandIn } from './scan-stand-in.ts';
import { StreamPoller } from './stream-poller.ts';
import { StreamPositions } from './stream-positions.ts';

export interface EvidenceLocalOptions {
  config: ServiceConfig;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  dynamoEndpoint: string;
  tableName: string;
  /** The site's origin: the only one the local S3 takes uploads from (CORS). */
  siteOrigin: string;
  port: number;
  /** DynamoDB Local's data folder: the S3's objects and the poller's place are kept beside it. */
  dataDir?: string;
  now: () => Date;
  log: (line: string) => void;
  /** How often the scan-check queue is looked at (every 5 seconds unless a test says otherwise). */
  checkIntervalMs?: number;
}

export type EvidenceLocal = Awaited<ReturnType<typeof startEvidenceLocal>>;

/**
 * Evidence files on this machine, wired as on AWS: the local S3 (the bucket), the scanning
 * stand-in (GuardDuty, tagging each upload and reporting it as EventBridge would) and the file
 * processing handler on its second trigger too, new upload claims from the table's stream, and on
 * the scan-check queue's looks again at claims whose scan had not come back.
 */
export const startEvidenceLocal = async (options: EvidenceLocalOptions) => {
  const s3 = await startS3Local({
    port: options.port,
    directory: options.dataDir ? join(options.dataDir, '..', 's3') : null,
    allowedOrigins: [options.siteOrigin],
  });
  const client = makeS3Client({ region: LOCAL_REGION, endpoint: s3.endpoint });
  const files = new S3FileStore(client, {
    bucket: s3.bucket,
    region: LOCAL_REGION,
    endpoint: s3.endpoint,
    versioned: false,
  });
  const scanChecks = new LocalScanCheckQueue(options.now);
  const processing = makeProcessFilesHandler({
    files,
    records: new DynamoFileRecords(options.documents, options.tableName, options.now),
    settings: options.config.files,
    now: options.now,
    scanChecks,
  });
  const scanner = scanStandIn({
    client,
    bucket: s3.bucket,
    files,
    onResult: (objectKey, versionId) =>
      processing.scanned({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Malware Protection Object Scan Result',
        detail: { s3ObjectDetails: { objectKey, ...(versionId ? { versionId } : {}) } },
      }),
    onError: (error) => options.log(`scan stand-in: ${error.name}`),
  });
  s3.onCreated(scanner.created);
  const claims = new StreamPoller({
    dynamo: options.dynamo,
    endpoint: options.dynamoEndpoint,
    region: LOCAL_REGION,
    tableName: options.tableName,
    handler: (event) => processing.claims(event),
    policy: FILES_DELIVERY,
    filter: passesFilesFilter,
    onParked: () => options.log('files: gave up on an upload for now; it stays "still being checked"'),
    ...(options.dataDir
      ? {
          positions: new StreamPositions(
            join(options.dataDir, `stream-positions-${options.tableName}-files.json`),
          ),
        }
      : {}),
  });
  claims.start();
  // The scan checks as the event source mapping takes them: one run at a time, on the twin's clock.
  let current: Promise<unknown> = Promise.resolve();
  const checkDue = () => {
    const run = current.then(() => scanChecks.deliverDue((event) => processing.checks(event)));
    current = run.catch((error: Error) => options.log(`scan checks: ${error.name}`));
    return run;
  };
  const checking = setInterval(() => void checkDue(), options.checkIntervalMs ?? 5_000).unref();
  return {
    endpoint: s3.endpoint,
    bucket: s3.bucket,
    client,
    files,
    processing,
    scanChecks,
    /** Hands the scan checks now due to file processing (tests; an interval does it too). */
    checkDue,
    /** Waits for scans under way (tests). */
    scansSettled: () => scanner.settled(),
    stop: async () => {
      clearInterval(checking);
      await current;
      await claims.stop();
      await scanner.settled();
      client.destroy();
      await s3.stop();
    },
  };
};
