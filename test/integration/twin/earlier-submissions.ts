import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { DynamoSubmissionStore } from '../../../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../../../functions/storage/ensure-tables.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { startDynamoLocal } from '../../../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../../../local/local-credentials.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const referral = findForm('referral');
const answers = validateAnswers(referral ?? ({} as never), VALID_ANSWERS.referral ?? {});
if (!referral || !answers.ok) throw new Error('no referral');

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
  removal: DynamoSubmissionRemoval;
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
      removal: new DynamoSubmissionRemoval(documents, tableName),
    });
  } finally {
    documents.destroy();
    client.destroy();
    await dynamo.stop();
  }
};

/**
 * Submissions from earlier use of the twin, every email for them gone: stored as the submit
 * function stores them, marked sent as the notify function marks them, and their duplicate guards
 * swept as the twin's retention sweeper does a day later, so the table and its stream hold what
 * real use leaves (an INSERT of the submission and of its guard, a MODIFY per email, a REMOVE of
 * the guard). Written while the twin is stopped, fifty at a time: sending each through the real
 * handlers would take minutes, and a running twin would race to email them first.
 */
export const writeEarlierSubmissions = (
  dataDir: string,
  tableName: string,
  count: number,
  config: ServiceConfig,
): Promise<void> =>
  withTable(dataDir, tableName, async ({ store, removal }) => {
    const at = new Date();
    const one = async () => {
      const { reference, confirmationDue } = await saveReferral(store, config);
      await store.markSent(reference, 'teamNotifiedAt', at);
      if (confirmationDue) await store.markSent(reference, 'confirmationSentAt', at);
    };
    for (let i = 0; i < count; i += 50)
      await Promise.all(Array.from({ length: Math.min(50, count - i) }, one));
    await removal.sweepExpired(new Date(Date.now() + (GUARD_SECONDS + 60) * 1000));
  });

/** A submission that reached the table while the twin was stopped: not emailed yet. */
export const writeWhileStopped = (
  dataDir: string,
  tableName: string,
  config: ServiceConfig,
): Promise<string> =>
  withTable(dataDir, tableName, async ({ store }) => (await saveReferral(store, config)).reference);
