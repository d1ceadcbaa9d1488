import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { RetentionSweeper } from '../../../local/retention-sweeper.ts';
import { freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { seed } from './ops-support.ts';

const DAY = 86_400;
let table: Awaited<ReturnType<typeof freshTable>>;
let client: DynamoDBClient;

beforeAll(async () => {
  table = await freshTable();
  client = new DynamoDBClient({ endpoint: table.endpoint, region: LOCAL_REGION });
});

afterAll(() => client?.destroy());

describe('retention', () => {
  it.each(['referral', 'nuisance', 'feedback'])(
    'sets each %s record to expire after its form’s retention',
    async (formId) => {
      const form = findForm(formId);
      if (!form) throw new Error(formId);
      const config = testConfig();
      const now = new Date('2026-11-22T10:00:00.000Z');
      const fields = { ...VALID_ANSWERS[formId], submissionToken: `retention-${formId}` };
      const outcome = await submitForm(form, fields, {
        config,
        store: table.store,
        now: () => now,
        hashKey: TEST_HASH_KEY,
      });
      if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
      const record = await table.store.get(outcome.reference);
      const retentionDays = config.forms[formId]?.retentionDays ?? 0;
      expect(retentionDays).toBeGreaterThan(0);
      expect(record?.expiresAt).toBe(Date.parse('2026-11-22T10:00:00.000Z') / 1000 + retentionDays * DAY);
      // The duplicate guard expires too, after its own (much shorter) window.
      const guard = (await table.allItems()).find(
        (i) => i.kind === 'guard' && i.reference === outcome.reference,
      );
      expect(guard?.expiresAt).toBeGreaterThan(Date.now() / 1000);
      expect(guard?.expiresAt).toBeLessThanOrEqual(Date.now() / 1000 + DAY + 5);
    },
  );
});

describe('the local retention sweeper', () => {
  const at = (pk: string, kind: string, expiresAt: number) => ({ pk, kind, reference: pk, expiresAt });
  const NOW = 1_900_000_000;

  it('deletes expired submissions and guards, and keeps the rest', async () => {
    await table.clear();
    await seed(table.documents, table.tableName, [
      at('RJ-EEEE-2222', 'submission', NOW - 1),
      at('GUARD#referral#expired', 'guard', NOW - 600),
      at('RJ-EEEE-3333', 'submission', NOW + 1),
      at('RJ-EEEE-4444', 'submission', NOW),
      at('GUARD#referral#live', 'guard', NOW + 600),
    ]);
    const sweeper = new RetentionSweeper({
      client,
      tableName: table.tableName,
      now: () => new Date(NOW * 1000),
    });
    expect(await sweeper.sweep()).toBe(2);
    const left = (await table.allItems()).map((i) => i.pk).sort();
    expect(left).toEqual(['GUARD#referral#live', 'RJ-EEEE-3333', 'RJ-EEEE-4444']);
  });

  it('sweeps once as soon as it starts, and stops cleanly', async () => {
    await seed(table.documents, table.tableName, [at('NR-EEEE-2222', 'submission', 1)]);
    const swept: number[] = [];
    const sweeper = new RetentionSweeper({
      client,
      tableName: table.tableName,
      intervalMs: 60_000,
      onSwept: (n) => swept.push(n),
    });
    sweeper.start();
    await expect.poll(() => swept, { timeout: 5_000 }).toEqual([1]);
    await sweeper.stop();
    expect((await table.allItems()).map((i) => i.pk)).not.toContain('NR-EEEE-2222');
  });
});
