import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_DELIVERY, TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { StreamPoller } from '../../../local/stream-poller.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  table = await freshTable();
});
afterAll(() => table?.client.destroy());

const referenceOf = (r: DynamoDBStreamEvent['Records'][number]) =>
  r.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S ?? '';

/** Stores `count` referrals, their references starting RJ-<series>. */
const store = async (count: number, series: string): Promise<string[]> => {
  const form = findForm('referral');
  const answers = validateAnswers(form ?? ({} as never), VALID_ANSWERS.referral ?? {});
  if (!form || !answers.ok) throw new Error('no referral');
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = `RJ-${series}-${String(i).padStart(2, '0')}AA`;
    await table.store.saveNew('referral', { hash: `poller-${series}-${i}`, windowSeconds: 60 }, () =>
      buildRecord(form, testConfig(), answers.answers, reference, new Date()),
    );
    references.push(reference);
  }
  return references;
};

describe('the twin’s stream poller', () => {
  it('bisects a batch that fails as a whole, so only the bad record is parked (as Lambda does)', async () => {
    const references = await store(5, '2222');
    const poison = references[2] ?? '';
    const delivered: string[] = [];
    const parked: (string | undefined)[] = [];
    const poller = new StreamPoller({
      dynamo: table.client,
      endpoint: table.endpoint,
      region: LOCAL_REGION,
      tableName: table.tableName,
      policy: { ...NOTIFY_DELIVERY, retryAttempts: 2 },
      pollMs: 50,
      // No partial failures reported: a bad record fails its whole batch, as an unhandled error would.
      handler: async (event) => {
        if (event.Records.some((r) => referenceOf(r) === poison)) throw new Error('bad record');
        delivered.push(...event.Records.map(referenceOf));
        return undefined;
      },
      onParked: (reference) => parked.push(reference),
    });
    poller.start();
    const deadline = Date.now() + 30_000;
    while (parked.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    await poller.stop();
    expect(parked).toEqual([poison]);
    expect(delivered.sort()).toEqual(references.filter((r) => r !== poison).sort());
  }, 60_000);

  it('starts where the policy says: LATEST skips what the stream held before it started', async () => {
    const before = await store(3, '3333');
    const delivered: string[] = [];
    const poller = new StreamPoller({
      dynamo: table.client,
      endpoint: table.endpoint,
      region: LOCAL_REGION,
      tableName: table.tableName,
      policy: { ...NOTIFY_DELIVERY, startingPosition: 'LATEST' },
      pollMs: 50,
      handler: async (event) => {
        delivered.push(...event.Records.map(referenceOf));
        return undefined;
      },
      onParked: () => {},
    });
    poller.start();
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await store(2, '4444');
    const deadline = Date.now() + 10_000;
    while (delivered.length < after.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await poller.stop();
    expect(delivered.sort()).toEqual(after.sort());
    expect(delivered).not.toContain(before[0]);
  }, 30_000);
});
