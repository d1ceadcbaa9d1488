import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore, guardKey } from '../../../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../../../functions/storage/ensure-tables.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { startDynamoLocal } from '../../../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../../../local/local-credentials.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const referral = findForm('referral');
const answers = validateAnswers(referral ?? ({} as never), VALID_ANSWERS.referral ?? {}, ANSWER_DAY);
if (!referral || !answers.ok) throw new Error('no referral');

const PK = TABLE_SHAPE.partitionKey.name;

/** How long the submit function's duplicate guard lives for a page's token. */
const GUARD_SECONDS = 24 * 60 * 60;

/** One new referral, stored as the submit function stores it: nothing emailed yet. */
const saveReferral = async (store: DynamoSubmissionStore, config: ServiceConfig) => {
  let confirmationDue = false;
  const key = { hash: crypto.randomUUID(), windowSeconds: GUARD_SECONDS };
  const { reference } = await store.saveNew('referral', key, () => {
    const record = buildRecord(referral, config, answers.answers, newReference('RJ'), new Date());
    confirmationDue = record.confirmationDue === true;
    return record;
  });
  return { reference, confirmationDue };
};

interface Table {
  store: DynamoSubmissionStore;
  documents: DynamoDBDocumentClient;
}

/** The table on its own (the twin stopped): DynamoDB Local on the twin's data, and a store for it. */
const withTable = async <T>(
  dataDir: string,
  tableName: string,
  use: (table: Table) => Promise<T>,
): Promise<T> => {
  useLocalCredentials();
  const dynamo = await startDynamoLocal({ dataDir });
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
  try {
    await ensureTable(client, tableName);
    return await use({
      store: new DynamoSubmissionStore(documents, tableName),
      documents,
    });
  } finally {
    documents.destroy();
    client.destroy();
    await dynamo.stop();
  }
};

/** One earlier referral as the submit function stores it (nothing emailed yet), and its guard. */
const earlierReferral = (config: ServiceConfig) => {
  const record = buildRecord(referral, config, answers.answers, newReference('RJ'), new Date());
  const guard = {
    [PK]: guardKey('referral', crypto.randomUUID()),
    [TABLE_SHAPE.kindAttribute]: TABLE_SHAPE.kinds.guard,
    [TABLE_SHAPE.referenceAttribute]: record.reference,
    [TABLE_SHAPE.timeToLiveAttribute]: Math.floor(Date.now() / 1000) + GUARD_SECONDS,
  };
  return { record, guard };
};

/** Writes each request, 25 to a BatchWriteItem and several at once, retrying what DynamoDB Local leaves. */
const writeInBatches = async (
  documents: DynamoDBDocumentClient,
  tableName: string,
  requests: Record<string, unknown>[],
) => {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
  const write = async (batch: Record<string, unknown>[]) => {
    let left = batch;
    while (left.length > 0) {
      const { UnprocessedItems } = await documents.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: left } }),
      );
      left = (UnprocessedItems?.[tableName] ?? []) as Record<string, unknown>[];
    }
  };
  for (let i = 0; i < batches.length; i += 8) await Promise.all(batches.slice(i, i + 8).map(write));
};

/**
 * Submissions from earlier use of the twin, every email for them gone, so the table and its stream
 * hold what real use leaves, in the same order: an INSERT of the submission and of its duplicate
 * guard (as the submit function stores them), a MODIFY per email (as the notify function marks
 * them sent), and a REMOVE of the guard (as the twin's retention sweeper does a day later). Written
 * while the twin is stopped (a running twin would race to email them first) with BatchWriteItem,
 * 25 items a call: one by one through the store took about 100 s for 2,000 on a 2-core machine.
 */
export const writeEarlierSubmissions = (
  dataDir: string,
  tableName: string,
  count: number,
  config: ServiceConfig,
): Promise<void> =>
  withTable(dataDir, tableName, async ({ documents }) => {
    const at = new Date().toISOString();
    const earlier = Array.from({ length: count }, () => earlierReferral(config));
    const put = (Item: object) => ({ PutRequest: { Item } });
    // Stored: the submission and its guard.
    await writeInBatches(
      documents,
      tableName,
      earlier.flatMap(({ record, guard }) => [put(record), put(guard)]),
    );
    // The team email sent, then the confirmation where one was due: one MODIFY each.
    await writeInBatches(
      documents,
      tableName,
      earlier.map(({ record }) => put({ ...record, teamNotifiedAt: at })),
    );
    const confirmed = earlier.filter(({ record }) => record.confirmationDue === true);
    await writeInBatches(
      documents,
      tableName,
      confirmed.map(({ record }) => put({ ...record, teamNotifiedAt: at, confirmationSentAt: at })),
    );
    // The guards swept a day later.
    await writeInBatches(
      documents,
      tableName,
      earlier.map(({ guard }) => ({ DeleteRequest: { Key: { [PK]: guard[PK] } } })),
    );
  });

/** A submission that reached the table while the twin was stopped: not emailed yet. */
export const writeWhileStopped = (
  dataDir: string,
  tableName: string,
  config: ServiceConfig,
): Promise<string> =>
  withTable(dataDir, tableName, async ({ store }) => (await saveReferral(store, config)).reference);
