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

const store = async (count: number): Promise<string[]> => {
  const form = findForm('referral');
  const answers = validateAnswers(form ?? ({} as never), VALID_ANSWERS.referral ?? {});
  if (!form || !answers.ok) throw new Error('no referral');
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = `RJ-2222-${String(i).padStart(2, '0')}AA`.slice(0, 12);
    await table.store.saveNew('referral', { hash: `poller-${i}`, windowSeconds: 60 }, () =>
      buildRecord(form, testConfig(), answers.answers, reference, new Date()),
    );
    references.push(reference);
  }
  return references;
};

describe('the twin’s stream poller', () => {
  it('bisects a batch that fails as a whole, so only the bad record is parked (as Lambda does)', async () => {
    const references = await store(5);
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
});
