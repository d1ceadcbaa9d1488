import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { freshStaffTable, memoryIo } from './ops-support.ts';

/**
 * Erasures made with `ops erase` go into the workspace's audit trail (the staff table), so one
 * place shows every erasure: which reference, who, when, and never the answers.
 */
let table: Awaited<ReturnType<typeof freshTable>>;
let staff: DynamoStaffStore;
let staffTableName: string;
const now = new Date('2026-11-28T10:15:00.000Z');

const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

const submitted = async (token: string): Promise<string> => {
  const outcome = await submitForm(
    referral,
    { ...VALID_ANSWERS.referral, submissionToken: token },
    { config: testConfig(), store: table.store, now: () => new Date(), hashKey: TEST_HASH_KEY },
  );
  if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
  return outcome.reference;
};

const env = (withStaffTable = true): NodeJS.ProcessEnv => ({
  OPS_TABLE_NAME: table.tableName,
  DYNAMODB_ENDPOINT: table.endpoint,
  AWS_REGION: 'eu-west-2',
  ...(withStaffTable ? { OPS_STAFF_TABLE_NAME: staffTableName } : {}),
});

const ops = async (argv: string[], environment = env(), answer = true) => {
  const io = memoryIo({ interactive: true, answer });
  const code = await runOps(argv, io.io, environment, { now: () => now, config: testConfig() });
  return { code, out: io.stdout(), err: io.stderr() };
};

beforeAll(async () => {
  table = await freshTable();
  staffTableName = await freshStaffTable(table.client);
  staff = new DynamoStaffStore(table.documents, staffTableName);
});

afterAll(() => table.client.destroy());

describe('ops erase leaves an entry in the audit trail', () => {
  it('names the reference, the operator given with --by and when, and no answers', async () => {
    const reference = await submitted('audit-by');
    const erased = await ops(['erase', reference, '--yes', '--by', 'Sam Okafor']);
    expect(erased.err).toBe('');
    expect(erased.code).toBe(0);
    expect(erased.out).toContain(
      `Recorded in the audit trail: erased by Sam Okafor at ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    );
    const entries = await staff.auditFor(reference);
    expect(entries).toEqual([
      {
        action: 'erased',
        actor: 'ops:Sam Okafor',
        actorName: 'Sam Okafor (operator tools)',
        at: now.toISOString(),
        reference,
        detail: '(ops erase)',
      },
    ]);
    // The workspace's audit page finds it by person too.
    expect(await staff.auditBy('ops:Sam Okafor', 10)).toHaveLength(1);
    const stored = JSON.stringify(entries);
    for (const answer of Object.values(VALID_ANSWERS.referral ?? {})) {
      if (typeof answer === 'string' && answer.length > 3) expect(stored).not.toContain(answer);
    }
    expect(await table.store.get(reference)).toBeUndefined();
  });

  it('names the signed-in user of this computer when --by is not given', async () => {
    const reference = await submitted('audit-os-user');
    expect((await ops(['erase', reference, '--yes'])).code).toBe(0);
    const [entry] = await staff.auditFor(reference);
    expect(entry).toMatchObject({ actor: `ops:${userInfo().username}`, reference });
  });

  it('records nothing when the operator answers no', async () => {
    const reference = await submitted('audit-declined');
    const declined = await ops(['erase', reference], env(), false);
    expect(declined.code).toBe(1);
    expect(await staff.auditFor(reference)).toEqual([]);
    expect(await table.store.get(reference)).toBeDefined();
  });

  it('erases nothing on AWS without a staff table to record it in', async () => {
    const reference = await submitted('audit-no-staff-table');
    const refused = await ops(['erase', reference, '--yes'], env(false));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--staff-table');
    expect(await table.store.get(reference)).toBeDefined();
  });

  it('erases nothing when the erasure cannot be recorded', async () => {
    const reference = await submitted('audit-missing-table');
    const missing = { ...env(), OPS_STAFF_TABLE_NAME: 'no-such-staff-table' };
    const refused = await ops(['erase', reference, '--yes'], missing);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Nothing was erased: the erasure could not be recorded');
    expect(await table.store.get(reference)).toBeDefined();
  });

  it('refuses a --by that is empty or hides control characters', async () => {
    const reference = await submitted('audit-bad-by');
    expect((await ops(['erase', reference, '--yes', '--by', '  '])).code).toBe(2);
    const hidden = await ops(['erase', reference, '--yes', '--by', 'Sam\u202eokafor']);
    expect(hidden.code).toBe(2);
    expect(await staff.auditFor(reference)).toEqual([]);
  });
});
