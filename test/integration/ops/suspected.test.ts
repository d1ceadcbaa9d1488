import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { readInbox } from '../../../local/ses-local.ts';
import type { OpsContext } from '../../../ops/context.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { freshStaffTable, memoryIo, testConnection, testContext } from './ops-support.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
let ctx: OpsContext;
let env: NodeJS.ProcessEnv;
const now = new Date();

const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

const submit = (fields: Record<string, unknown>) =>
  submitForm(referral, fields, {
    config: testConfig(),
    store: table.store,
    now: () => now,
    hashKey: TEST_HASH_KEY,
  });

const ops = async (...argv: string[]) => {
  const io = memoryIo({ interactive: true, answer: true });
  const code = await runOps(argv, io.io, env, { now: () => now, config: testConfig() });
  return { code, out: io.stdout(), err: io.stderr() };
};

beforeAll(async () => {
  table = await freshTable();
  ctx = testContext(table.tableName, () => now);
  const connection = testConnection(table.tableName);
  env = {
    OPS_TABLE_NAME: table.tableName,
    OPS_STAFF_TABLE_NAME: await freshStaffTable(table.client),
    DYNAMODB_ENDPOINT: connection.endpoint,
    SES_ENDPOINT: connection.sesEndpoint,
    AWS_REGION: 'eu-west-2',
  };
});

afterAll(() => ctx?.close());

describe('a submission suspected of coming from a bot, for operators', () => {
  let reference = '';

  it('is stored and listed by ops suspected, with why, and no answers', async () => {
    const outcome = await submit({ ...VALID_ANSWERS.referral, [META_FIELDS.honeypot]: 'autofilled' });
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    expect(outcome.suspected).toBe('honeypot');
    reference = outcome.reference;
    const listed = await ops('suspected');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(reference);
    expect(listed.out).toContain('filled the hidden field');
    expect(listed.out).toContain('1 suspected submission');
    expect(listed.out).not.toContain(VALID_ANSWERS.referral?.name as string);
  });

  it('is not a submission to list, report or resend until released', async () => {
    expect((await ops('list')).out).not.toContain(reference);
    expect((await ops('resend', reference)).code).toBe(1);
    const shown = await ops('show', reference);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Held as suspected of coming from a bot');
  });

  it('is released to its team by ops release: the team email goes once, and the retention is the form’s', async () => {
    const sesEndpoint = env.SES_ENDPOINT as string;
    const before = (await readInbox(sesEndpoint)).length;
    const released = await ops('release', reference);
    expect(released.code).toBe(0);
    expect(released.out).toContain(`Released ${reference}`);
    const emails = (await readInbox(sesEndpoint)).slice(before);
    expect(emails.map((e) => e.subject)).toEqual([`New restorative justice referral ${reference}`]);
    const record = await table.store.get(reference);
    expect(record).toMatchObject({ kind: 'submission', teamNotifiedAt: now.toISOString() });
    expect(record).not.toHaveProperty('suspectedBecause');
    const days = ((record?.expiresAt ?? 0) - now.getTime() / 1000) / 86_400;
    expect(Math.round(days)).toBe(testConfig().forms.referral?.retentionDays);
    expect((await ops('suspected')).out).toContain('No suspected submissions');
    // Releasing again is refused: it is an ordinary submission now.
    const again = await ops('release', reference);
    expect(again.code).toBe(1);
    expect(again.err).toContain('is not held as suspected');
  });

  it('can be erased like any submission', async () => {
    const outcome = await submit({
      ...VALID_ANSWERS.referral,
      [META_FIELDS.honeypot]: 'x',
      submissionToken: 'b',
    });
    if (outcome.kind !== 'accepted' || !outcome.suspected) throw new Error('not suspected');
    const erased = await ops('erase', outcome.reference, '--yes');
    expect(erased.code).toBe(0);
    expect(erased.out).toContain('- submission: removed');
  });
});
