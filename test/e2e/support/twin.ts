import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { logger } from '../../../functions/observability/logger.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import type { Clock } from '../../../functions/time/clock.ts';
import { type InboxEmail, readInbox } from '../../../local/ses-local.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';
import { PATIENCE_MS } from '../../support/patience.ts';
import { buildSiteOnce, SITE_DIST } from './site-build.ts';

export interface E2eTwin extends Twin {
  record(reference: string): Promise<SubmissionRecord | undefined>;
  /** Waits for an email whose subject names the reference (the notifier sends from the stream). */
  emailFor(reference: string, timeoutMs?: number): Promise<InboxEmail>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the site and starts the whole local twin on free ports, in memory, with the real
 * configuration: including the 3-second minimum fill time, so the tests also prove that a
 * person filling a form at human speed is never taken for a bot. A test that reads months or days
 * gives it the clock it means.
 */
export const startE2eTwin = async (options: { clock?: Clock } = {}): Promise<E2eTwin> => {
  buildSiteOnce();
  logger.setLogLevel('SILENT');
  const twin = await startTwin({ port: 0, dataDir: null, siteDir: SITE_DIST, quiet: true, ...options });
  const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  return {
    ...twin,
    record: async (reference) =>
      (
        await documents.send(
          new GetCommand({ TableName: twin.tableName, Key: { pk: reference }, ConsistentRead: true }),
        )
      ).Item as SubmissionRecord | undefined,
    emailFor: async (reference, timeoutMs = PATIENCE_MS) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await readInbox(twin.inboxUrl)).find((e) => e.subject.includes(reference));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email about ${reference} within ${timeoutMs} ms`);
        await pause(200);
      }
    },
  };
};
