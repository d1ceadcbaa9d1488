import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findKey, mineKey, unassignedKey } from '../../../functions/contract/lookup-keys.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { findToken } from '../../../functions/search/tokens.ts';
import { buildRecord, type SubmissionRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';
import { connectionArgs, memoryIo } from './ops-support.ts';

const KEY = 'k'.repeat(32);
const TEAM = 'restorative-justice';
let table: Awaited<ReturnType<typeof freshTable>>;
const refs = { open: '', assigned: '', closed: '', onHold: '' };

/** A referral stored as before search existed: no token items, no findKeys, no lookup. */
const storeOld = async (
  answers: Record<string, unknown>,
  progress: Partial<Pick<SubmissionRecord, 'status' | 'assignee' | 'steps'>>,
) => {
  const form = findForm('referral');
  const result = form && validateAnswers(form, { ...VALID_ANSWERS.referral, ...answers }, ANSWER_DAY);
  if (!form || !result?.ok) throw new Error('bad answers');
  const { reference } = await table.store.saveNew(
    'referral',
    { hash: `old-${Math.random()}`, windowSeconds: 60 },
    () => ({
      ...buildRecord(form, serviceConfig, result.answers, newReference('RJ'), new Date()),
      ...progress,
    }),
  );
  return reference;
};

const run = async () => {
  const terminal = memoryIo();
  const code = await runOps(['backfill-search', ...connectionArgs(table.tableName)], terminal.io, {
    HASH_KEY: KEY,
    AWS_REGION: 'eu-west-2',
  });
  return { code, out: terminal.stdout(), err: terminal.stderr() };
};

const tokenItems = async () => (await table.allItems()).filter((i) => i.kind === 'find-token');

beforeAll(async () => {
  table = await freshTable();
  refs.open = await storeOld({ name: 'Olive Open', phone: '07700 900 101' }, {});
  refs.assigned = await storeOld({ name: 'Ash Assigned' }, { status: 'first-contact', assignee: 'sub-ash' });
  refs.closed = await storeOld({ name: 'Cleo Closed' }, { status: 'closed' });
  // Closed "on hold while a case is live" before pauses existed: it reads as a pause now.
  refs.onHold = await storeOld(
    { name: 'Hal Held' },
    {
      status: 'closed',
      steps: [
        {
          id: 'e1',
          step: 'closed',
          on: '2026-11-02',
          detail: 'on-hold-live-case',
          by: 'sub-x',
          recordedAt: '2026-11-02T10:00:00.000Z',
        },
      ],
    },
  );
});

afterAll(() => {
  table?.documents.destroy();
  table?.client.destroy();
});

describe('ops backfill-search', () => {
  it('gives existing submissions their token items, findKeys and lookup, findable afterwards', async () => {
    expect(await tokenItems()).toEqual([]);
    const first = await run();
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Made 4 submissions findable');
    const open = await table.store.get(refs.open);
    expect(open?.lookup).toBe(unassignedKey(TEAM));
    expect((await table.store.get(refs.assigned))?.lookup).toBe(mineKey('sub-ash'));
    expect((await table.store.get(refs.closed))?.lookup).toBeUndefined();
    // The old on-hold closure is open again, as a pause: in My work, listed as paused in the inbox.
    expect(await table.store.get(refs.onHold)).toMatchObject({
      status: 'paused',
      lookup: unassignedKey(TEAM),
    });
    const items = await tokenItems();
    expect(new Set(open?.findKeys)).toEqual(
      new Set(items.filter((i) => i.reference === refs.open).map((i) => i.pk)),
    );
    const phone = findToken(Buffer.from(KEY), TEAM, 'phone', '07700900101');
    expect(items.filter((i) => i.lookup === findKey(phone)).map((i) => i.reference)).toEqual([refs.open]);
    const rows = await table.store.findCases({ tokens: [{ team: TEAM, token: phone }], liveAt: new Date() });
    expect(rows.map((r) => r.reference)).toEqual([refs.open]);
  });

  it('is idempotent: a second run writes the same items and no more', async () => {
    const before = (await tokenItems()).map((i) => i.pk).sort();
    const again = await run();
    expect(again.code).toBe(0);
    expect((await tokenItems()).map((i) => i.pk).sort()).toEqual(before);
  });

  it('keeps a case findable by the phone number a contact change brought', async () => {
    const reference = await storeOld({ name: 'Cam Changed' }, {});
    const record = await table.store.get(reference);
    await table.store.appendAddition(reference, {
      addition: {
        id: 'contact-1',
        kind: 'contact',
        at: record?.createdAt ?? '',
        answers: { safeWays: ['phone'], phone: '07700 900 303' },
        urgent: [],
        language: 'en',
      },
      expiresAt: record?.expiresAt ?? 0,
    });
    expect((await run()).code).toBe(0);
    const phone = findToken(Buffer.from(KEY), TEAM, 'phone', '07700900303');
    const rows = await table.store.findCases({ tokens: [{ team: TEAM, token: phone }], liveAt: new Date() });
    expect(rows.map((r) => r.reference)).toEqual([reference]);
  });

  it('refuses to run without the hash key, changing nothing', async () => {
    const terminal = memoryIo();
    const code = await runOps(['backfill-search', ...connectionArgs(table.tableName)], terminal.io, {
      AWS_REGION: 'eu-west-2',
    });
    expect(code).toBe(1);
    expect(terminal.stderr()).toContain('backfill-search needs HASH_KEY');
  });
});
