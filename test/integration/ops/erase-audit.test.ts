import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
  SES_ENDPOINT: inject('sesEndpoint'),
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

describe('every ops command that reads or sends personal data is audited first', () => {
  const answersIn = (text: string) =>
    Object.values(VALID_ANSWERS.referral ?? {}).filter(
      (a): a is string => typeof a === 'string' && a.length > 3 && text.includes(a),
    );

  it('show records who read which submission, before showing it, and never the answers', async () => {
    const reference = await submitted('audit-show');
    const shown = await ops(['show', reference, '--by', 'Sam Okafor']);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(reference);
    const entries = await staff.auditFor(reference);
    expect(entries).toEqual([
      {
        action: 'shown',
        actor: 'ops:Sam Okafor',
        actorName: 'Sam Okafor (operator tools)',
        at: now.toISOString(),
        reference,
        detail: '(ops show: every answer)',
      },
    ]);
    expect(answersIn(JSON.stringify(entries))).toEqual([]);
  });

  it('show names the signed-in user of this computer without --by', async () => {
    const reference = await submitted('audit-show-os');
    expect((await ops(['show', reference])).code).toBe(0);
    expect((await staff.auditFor(reference))[0]).toMatchObject({ actor: `ops:${userInfo().username}` });
  });

  it('export records who exported which form and period, with every answer', async () => {
    const before = (await staff.auditBy('ops:Exporter', 10)).length;
    const exported = await ops(['export', '--form', 'referral', '--since', '2026-11-01', '--by', 'Exporter']);
    expect(exported.code).toBe(0);
    const entries = await staff.auditBy('ops:Exporter', 10);
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ action: 'exported' });
    expect(entries[0]?.detail).toContain(
      '(referral) received from 1 November 2026 to 28 November 2026, every answer',
    );
  });

  it('resend records which email went again for which reference', async () => {
    const reference = await submitted('audit-resend');
    const resent = await ops(['resend', reference, '--by', 'Sam Okafor']);
    expect(resent.err).toBe('');
    expect(resent.code).toBe(0);
    expect(await staff.auditFor(reference)).toMatchObject([
      { action: 'resent', actor: 'ops:Sam Okafor', detail: 'the team email (ops resend)' },
    ]);
  });

  it('does nothing, and says why in one sentence, when the entry cannot be written', async () => {
    const reference = await submitted('audit-show-fails');
    const missing = { ...env(), OPS_STAFF_TABLE_NAME: 'no-such-staff-table' };
    for (const argv of [
      ['show', reference],
      ['export', '--form', 'referral', '--since', '2026-11-01'],
      ['resend', reference],
      ['release', reference],
    ]) {
      const refused = await ops(argv, missing);
      expect(refused.code, argv[0]).toBe(1);
      expect(refused.out, argv[0]).toBe('');
      expect(refused.err, argv[0]).toBe(
        `Nothing was done: ${argv[0]} could not be recorded in the audit trail (there is no staff table no-such-staff-table: check --staff-table and --region).\n`,
      );
    }
    expect((await table.store.get(reference))?.teamNotifiedAt).toBeUndefined();
  });

  it('does nothing on AWS without a staff table to record in', async () => {
    const reference = await submitted('audit-show-no-table');
    for (const argv of [
      ['show', reference],
      ['export', '--form', 'referral', '--since', '2026-11-01'],
    ]) {
      const refused = await ops(argv, env(false));
      expect(refused.code, argv[0]).toBe(2);
      expect(refused.out).toBe('');
      expect(refused.err).toContain('--staff-table');
    }
  });
});

describe('ops erase removes the confirmation claim too', () => {
  it('deletes the claim this submission holds, and leaves another submission’s', async () => {
    const reference = await submitted('audit-claim');
    const until = Math.floor(Date.now() / 1000) + 86_400;
    expect(await table.limit.claim('hash-of-their-address', reference, new Date(), until)).toBe(true);
    expect(await table.limit.claim('hash-of-someone-else', 'RJ-AAAA-2222', new Date(), until)).toBe(true);
    const erased = await ops(['erase', reference, '--yes', '--by', 'Sam Okafor']);
    expect(erased.code).toBe(0);
    expect(erased.out).toContain('- confirmation claim: removed');
    const left = (await table.allItems()).map((i) => i.pk);
    expect(left).not.toContain('CONFIRM#hash-of-their-address');
    expect(left).toContain('CONFIRM#hash-of-someone-else');
  });
});
