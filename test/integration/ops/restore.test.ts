import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { runDrill } from '../../../scripts/restore-drill/run.ts';
import { freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { freshStaffTable } from './ops-support.ts';

/**
 * The restore drill on the twin: DynamoDB Local has no point-in-time recovery, so a copy of the
 * live tables stands in for the restored ones; checking them and putting back what the live table
 * lost run exactly as they would on AWS.
 */
let live: Awaited<ReturnType<typeof freshTable>>;
let liveStaff: string;
const restored = `restored-${randomUUID()}`;
const restoredStaff = `restored-staff-${randomUUID()}`;
const references: string[] = [];
const actor = { sub: 'sub-sam', name: 'Sam Okafor' };

const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

const drill = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDrill(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    {
      DYNAMODB_ENDPOINT: live.endpoint,
      AWS_REGION: 'eu-west-2',
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
};

beforeAll(async () => {
  live = await freshTable();
  liveStaff = await freshStaffTable(live.client);
  for (const token of ['drill-1', 'drill-2']) {
    const outcome = await submitForm(
      referral,
      { ...VALID_ANSWERS.referral, submissionToken: token },
      { config: testConfig(), store: live.store, now: () => new Date(), hashKey: TEST_HASH_KEY },
    );
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    references.push(outcome.reference);
  }
  const staff = new DynamoStaffStore(live.documents, liveStaff);
  await staff.audit(
    {
      action: 'viewed',
      ...{ actor: actor.sub, actorName: actor.name },
      at: '2026-11-28T10:00:00.000Z',
      reference: references[0],
    },
    2e9,
  );
  await staff.audit(
    {
      action: 'step-recorded',
      actor: actor.sub,
      actorName: actor.name,
      at: '2026-11-28T10:05:00.000Z',
      reference: references[0],
    },
    2e9,
  );
});

afterAll(() => live.client.destroy());

describe('the restore drill on the twin', () => {
  it('copies the live tables as a stand-in for a restore', async () => {
    const copied = await drill('copy', '--table', live.tableName, '--to', restored);
    expect(copied.code).toBe(0);
    expect(copied.out).toMatch(/^Copied \d+ items from /);
    expect((await drill('copy', '--table', liveStaff, '--to', restoredStaff, '--staff')).code).toBe(0);
  });

  it('checks the restored tables: counts, a known reference, the audit trail', async () => {
    const checked = await drill(
      'check',
      '--table',
      live.tableName,
      '--restored',
      restored,
      '--reference',
      references[0] as string,
      '--staff-table',
      liveStaff,
      '--restored-staff',
      restoredStaff,
      '--at',
      '2026-11-28T12:00:00Z',
    );
    expect(checked.err).toBe('');
    expect(checked.out).toContain(`Restored ${restored}: 8 find-token, 2 guard, 2 submission.`);
    expect(checked.out).toContain(`${references[0]} reads from the restored table (referral).`);
    expect(checked.out).toContain(`The audit trail for ${references[0]} is intact: 2 entries.`);
    expect(checked.out).toContain('The restored table passed every check.');
    expect(checked.code).toBe(0);
  });

  it('fails a restored table without the reference, or without its audit entries', async () => {
    const noSuch = await drill(
      'check',
      '--table',
      live.tableName,
      '--restored',
      restored,
      '--reference',
      'RJ-NONE-0000',
    );
    expect(noSuch.code).toBe(1);
    expect(noSuch.out).toContain('FAILED: RJ-NONE-0000 is not in the restored table as a submission.');
    // A later entry in the live trail, before the restore point, that the copy never had.
    await new DynamoStaffStore(live.documents, liveStaff).audit(
      {
        action: 'exported',
        actor: actor.sub,
        actorName: actor.name,
        at: '2026-11-28T11:00:00.000Z',
        reference: references[0],
      },
      2e9,
    );
    const trail = await drill(
      'check',
      '--table',
      live.tableName,
      '--restored',
      restored,
      '--reference',
      references[0] as string,
      '--staff-table',
      liveStaff,
      '--restored-staff',
      restoredStaff,
      '--at',
      '2026-11-28T12:00:00Z',
    );
    expect(trail.code).toBe(1);
    expect(trail.out).toContain(
      `FAILED: 1 audit entries for ${references[0]} are not in the restored trail.`,
    );
  });

  it('puts back what the live table lost, and replaces nothing it still has', async () => {
    const lost = references[1] as string;
    await live.documents.send(new DeleteCommand({ TableName: live.tableName, Key: { pk: lost } }));
    expect(await live.store.get(lost)).toBeUndefined();
    const kept = references[0] as string;
    await live.store.markSent(kept, 'teamNotifiedAt', new Date('2026-11-28T10:30:00Z'));

    const back = await drill('copy-back', '--from', restored, '--table', live.tableName);
    expect(back.code).toBe(0);
    expect(back.out).toBe(
      `Put back 1 items into ${live.tableName}; 11 were there already and were left as they are.`,
    );
    // The service's own adapter reads it again; the change made after the copy is still there.
    expect((await live.store.get(lost))?.reference).toBe(lost);
    expect((await live.store.get(kept))?.teamNotifiedAt).toBe('2026-11-28T10:30:00.000Z');
  });

  it('says what it needs when a command is incomplete', async () => {
    const wrong = await drill('check', '--table', live.tableName);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--restored is needed');
  });
});
