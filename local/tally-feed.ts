import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { passesTallyFilter, TALLY_DELIVERY } from '../functions/contract/service-contract.ts';
import { makeTallyHandler } from '../functions/handlers/tally-app.ts';
import { DynamoErasedTallies } from '../functions/storage/dynamodb-erased-tallies.ts';
import { LOCAL_REGION } from './local-credentials.ts';
import { StreamPoller } from './stream-poller.ts';
import { StreamPositions } from './stream-positions.ts';

export interface TallyFeedOptions {
  config: ServiceConfig;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  endpoint: string;
  tableName: string;
  /** Where its place in the stream is kept (apart from the notifier's); none: from the oldest record. */
  dataDir?: string;
  now?: () => Date;
  log: (line: string) => void;
}

/**
 * The twin's second event source mapping, as on AWS: removed submissions (erased, or deleted by the
 * retention sweeper as DynamoDB's TTL would) go from the table's stream to the tally handler, with
 * its own place in the stream and its own delivery policy.
 */
export const tallyFeed = (options: TallyFeedOptions): StreamPoller =>
  new StreamPoller({
    dynamo: options.dynamo,
    endpoint: options.endpoint,
    region: LOCAL_REGION,
    tableName: options.tableName,
    handler: makeTallyHandler({
      config: options.config,
      tallies: new DynamoErasedTallies(options.documents, options.tableName),
      now: options.now ?? (() => new Date()),
    }),
    policy: TALLY_DELIVERY,
    filter: passesTallyFilter,
    onParked: () => options.log('tally: gave up on a removed submission: its month’s figures are one short'),
    ...(options.dataDir
      ? {
          positions: new StreamPositions(
            join(options.dataDir, `stream-positions-${options.tableName}-tally.json`),
          ),
        }
      : {}),
  });
