import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { outcomesOf } from '../../../functions/reporting/build-report.ts';
import { loadReport } from '../../../functions/reporting/load-report.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference, REFERENCE_ALPHABET } from '../../../functions/submissions/reference.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { freePort } from '../../../local/free-port.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { type ErasureTarget, findErasure } from '../../../ops/commands/erase.ts';
import { runExport } from '../../../ops/commands/export.ts';
import { formatList, listSubmissions } from '../../../ops/commands/list.ts';
import { findPending } from '../../../ops/commands/pending.ts';
import { formatReport } from '../../../ops/commands/report.ts';
import { resendConfirmation, resendTeamEmail } from '../../../ops/commands/resend.ts';
import { findSubmission, formatSubmission, formOf } from '../../../ops/commands/show.ts';
import { type OpsContext, openContext } from '../../../ops/context.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { OpsError } from '../../../ops/errors.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import {
  AWKWARD,
  KNOWN,
  known,
  NOW,
  OCT_NOV,
  PERSONAL,
  PERSONAL_TEXT,
} from '../../unit/ops/known-submissions.ts';
import { parseCsv } from '../../unit/ops/parse-csv.ts';
import { freshStaffTable, memoryIo, seed, testContext } from './ops-support.ts';

const form = (id: string): FormDefinition => {
  const found = findForm(id);
  if (!found) throw new Error(id);
  return found;
};
const november = rangeFrom('2026-11-01', '2026-11-30', NOW);
const EXPIRED = 'RJ-DDDD-2222';
const guard = (pk: string, reference: string) => ({ pk, kind: 'guard', reference, expiresAt: 2_000_000_000 });

/**
 * Past its retention (by the tools' clock) but not yet deleted (DynamoDB's TTL runs some time after
 * expiry). Its expiry is a day ahead of the machine's clock, so DynamoDB Local's own TTL sweep
 * leaves it alone; the tools are run at a time past it instead.
 */
const expiredRecord = (expiresAt: number) => ({
  ...known('RJ-AAAA-2222'),
  pk: EXPIRED,
  reference: EXPIRED,
  createdAt: '2026-11-15T10:00:00.000Z',
  expiresAt,
});

let table: Awaited<ReturnType<typeof freshTable>>;
let ctx: OpsContext;
/** Where show, export, resend and release record who read what (they refuse without it). */
let staffTableName = '';
/** The removal step alone (no audit entry), as the tests tidy up; `ops erase` records first. */
const eraseTarget = (c: OpsContext, t: ErasureTarget) =>
  c.removal.erase(t.reference, t.guardKeys, t.claimHashes);

beforeAll(async () => {
  table = await freshTable();
  await seed(table.documents, table.tableName, [
    ...KNOWN,
    guard('GUARD#feedback#erase-me', 'FB-AAAA-5555'),
    guard('GUARD#feedback#someone-else', 'FB-AAAA-4444'),
    guard('GUARD#referral#orphan', 'RJ-ZZZZ-9999'),
  ]);
  ctx = testContext(table.tableName);
  staffTableName = await freshStaffTable(table.client);
});

afterAll(() => ctx?.close());

describe('list', () => {
  it('lists one form in a date range, oldest first, without reading answers', async () => {
    const rows = await listSubmissions(ctx, [form('referral')], november);
    expect(rows.map((r) => r.reference)).toEqual(['RJ-AAAA-3333', 'RJ-AAAA-4444', 'RJ-AAAA-5555']);
    expect(rows.every((r) => !('answers' in r))).toBe(true);
    const text = formatList(rows, serviceConfig);
    expect(text).toMatch(/RJ-AAAA-3333\s+2026-11-01 00:00 UTC\s+Youth Justice Service\s+Under 18\s+sent/);
    expect(text).toMatch(/RJ-AAAA-4444 .*NOT SENT/);
    expect(text).not.toContain(PERSONAL.name);
  });

  it('includes the first and last millisecond of the range and nothing beyond', async () => {
    const rows = await listSubmissions(ctx, [form('nuisance')], rangeFrom(OCT_NOV.since, OCT_NOV.until, NOW));
    expect(rows.map((r) => r.reference)).toEqual(['NR-AAAA-3333', 'NR-AAAA-4444', 'NR-AAAA-5555']);
  });
});

describe('retention in the tools', () => {
  it('leaves out records past their retention that are not deleted yet, but still shows one asked for', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 86_400;
    const afterExpiry = new Date((expiresAt + 60) * 1000);
    const later = testContext(table.tableName, () => afterExpiry);
    await seed(table.documents, table.tableName, [expiredRecord(expiresAt)]);
    try {
      const rows = await listSubmissions(later, [form('referral')], november);
      expect(rows.map((r) => r.reference)).not.toContain(EXPIRED);
      const report = await loadReport(later.store, november, afterExpiry);
      expect(outcomesOf(report, 'referral').total).toBe(3);
      const record = await findSubmission(later, EXPIRED);
      const keptUntil = new Date(expiresAt * 1000).toISOString().slice(0, 10);
      expect(formatSubmission(formOf(record), serviceConfig, record, afterExpiry)).toMatch(
        new RegExp(`^Kept until +${keptUntil} \\(retention has ended: deletion is due\\)$`, 'm'),
      );
    } finally {
      // The other tests count records.
      await table.documents.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: EXPIRED } }));
      later.close();
    }
  });
});

describe('show', () => {
  it('shows the whole submission, labelled', async () => {
    const record = await findSubmission(ctx, 'RJ-AAAA-3333');
    const text = formatSubmission(formOf(record), serviceConfig, record);
    expect(text).toContain('Who this is for\n---------------');
    expect(text).toContain('Who is this referral for?\n  Someone else, who knows about this and agrees');
    expect(text).toContain('How do you know the person?\n  Parent');
    expect(text).not.toContain('Your organisation');
    expect(text).toContain(PERSONAL.referralStory);
  });

  it('cannot be made to drive the operator’s terminal by an answer', async () => {
    // The form now strips such characters from answers; a record stored before it did keeps them.
    const answers = {
      ...VALID_ANSWERS.referral,
      whatHappened: 'Shed\u001b[2A\u001b[2KTeam email sent\u0007',
    };
    const outcome = await table.store.saveNew('referral', { hash: 'terminal-test', windowSeconds: 60 }, () =>
      buildRecord(form('referral'), testConfig(), answers, newReference('RJ'), new Date()),
    );
    const env = {
      OPS_TABLE_NAME: table.tableName,
      OPS_STAFF_TABLE_NAME: staffTableName,
      DYNAMODB_ENDPOINT: ctx.connection.endpoint,
    };
    const shown = memoryIo({ interactive: true, answer: true });
    expect(await runOps(['show', outcome.reference], shown.io, env)).toBe(0);
    expect(shown.stdout()).toContain('Shed␛[2A␛[2KTeam email sent␇');
    expect(shown.stdout().includes('\u001b')).toBe(false);
    await eraseTarget(ctx, await findErasure(ctx, outcome.reference)); // The other tests count records.
  });

  it('says plainly when there is no such reference', async () => {
    await expect(findSubmission(ctx, 'RJ-7KQM-4XPD')).rejects.toThrow(
      'There is no submission with reference RJ-7KQM-4XPD',
    );
  });
});

describe('export', () => {
  const exportText = async (format: 'csv' | 'json') => {
    let text = '';
    const progress: number[] = [];
    const count = await runExport(
      ctx,
      { form: form('nuisance'), range: november, format, bom: format === 'csv' },
      {
        write: (chunk) => {
          text += chunk;
        },
      },
      (n) => progress.push(n),
    );
    return { text, count, progress };
  };

  it('writes CSV with question labels as columns, safe for a spreadsheet', async () => {
    const { text, count, progress } = await exportText('csv');
    expect(count).toBe(3);
    expect(progress.at(-1)).toBe(3);
    expect(text.startsWith('\uFEFFReference,Received (UTC),Team,')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    const cell = (reference: string, column: string) =>
      rows.find((r) => r[0] === reference)?.[header?.indexOf(column) ?? -1];
    expect(cell('NR-AAAA-4444', 'Your name')).toBe(`'${AWKWARD.name}`);
    expect(cell('NR-AAAA-4444', 'Describe the problem')).toBe(`'${AWKWARD.description}`);
    expect(cell('NR-AAAA-4444', 'Who is involved, if you know? (optional)')).toBe(
      `'${AWKWARD.peopleInvolved}`,
    );
    expect(cell('NR-AAAA-3333', 'What is happening?')).toBe('Noise; Threats or intimidation');
    expect(cell('NR-AAAA-3333', 'Team')).toBe('Anti-social Behaviour Team');
  });

  it('reads a long export page by page, reporting progress after each', async () => {
    const january = Array.from({ length: 450 }, (_, i) => {
      const reference = `FB-CC${REFERENCE_ALPHABET[Math.floor(i / 29)]}${REFERENCE_ALPHABET[i % 29]}-2222`;
      const createdAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      return { ...known('FB-AAAA-2222'), pk: reference, reference, createdAt };
    });
    await seed(table.documents, table.tableName, january);
    const progress: number[] = [];
    let rows = 0;
    const count = await runExport(
      ctx,
      {
        form: form('feedback'),
        range: rangeFrom('2025-01-01', '2025-01-31', NOW),
        format: 'csv',
        bom: false,
      },
      {
        write: (chunk) => {
          rows += chunk.split('\r\n').length - 1;
        },
      },
      (n) => progress.push(n),
    );
    expect(count).toBe(450);
    expect(progress).toEqual([200, 400, 450]);
    expect(rows).toBe(451);
  });

  it('writes JSON objects keyed by the same labels', async () => {
    const { text } = await exportText('json');
    const items = JSON.parse(text) as Record<string, unknown>[];
    expect(items.map((i) => i.Reference)).toEqual(['NR-AAAA-3333', 'NR-AAAA-4444', 'NR-AAAA-5555']);
    expect(items[0]?.['What is happening?']).toEqual(['Noise', 'Threats or intimidation']);
    expect(items[1]?.['Your name']).toBe(AWKWARD.name);
  });
});

describe('report', () => {
  it('computes the known numbers from the table', async () => {
    const report = await loadReport(ctx.store, rangeFrom(OCT_NOV.since, OCT_NOV.until, NOW), NOW);
    // The expired record counts as since erased until DynamoDB Local's TTL deletes it (then, with
    // no tally feed here, not at all): the kept ones are the known numbers either way.
    expect(report.forms.map((f) => [f.formId, f.total - f.erased])).toEqual([
      ['referral', 4],
      ['nuisance', 3],
      ['feedback', 4],
      ['case-review', 0],
    ]);
    expect(outcomesOf(report, 'feedback').rates?.overall.satisfied).toEqual({ count: 2, n: 4, percent: 50 });
    expect(outcomesOf(report, 'nuisance').tallies[1]?.options.find((o) => o.value === 'yes')).toMatchObject({
      count: 2,
      n: 3,
      percent: 67,
    });
    const text = formatReport(report, 'table', serviceConfig);
    expect(text).toMatch(/All feedback\s+50% \(2 of 4\)\s+50% \(2 of 4\)/);
    const csv = parseCsv(formatReport(report, 'csv', serviceConfig));
    expect(csv[0]).toEqual(['Section', 'Measure', 'Group', 'Count', 'Out of', 'Percent', 'Definition']);
    expect(csv).toContainEqual([
      'Feedback',
      'Would recommend restorative justice (answered yes)',
      'Meeting: A restorative conference',
      '2',
      '3',
      '67',
      form('feedback').report.rates?.definition,
    ]);
    for (const personal of PERSONAL_TEXT) expect(text).not.toContain(personal);
  });
});

describe('pending and resend', () => {
  it('finds team emails not sent after five minutes, and resends one', async () => {
    const pending = await findPending(
      ctx,
      [form('referral'), form('nuisance'), form('feedback')],
      5 * 60_000,
    );
    // RJ-AAAA-5555 is only two minutes old; the rest had their email.
    expect(pending.map((r) => r.reference)).toEqual(['RJ-AAAA-4444']);

    const sesEndpoint = ctx.connection.sesEndpoint as string;
    const earlier = (await readInbox(sesEndpoint)).length;
    const sent = await resendTeamEmail(ctx, 'RJ-AAAA-4444');
    expect(sent).toMatchObject({
      to: ['rj-team@northfield.example.org'],
      teamName: 'Restorative Justice Team',
    });
    const [email, ...more] = (await readInbox(sesEndpoint)).slice(earlier);
    expect(more).toEqual([]);
    expect(email?.destination.to).toEqual(['rj-team@northfield.example.org']);
    expect(email?.subject).toBe('New restorative justice referral RJ-AAAA-4444');
    expect((await table.store.get('RJ-AAAA-4444'))?.teamNotifiedAt).toBe(NOW.toISOString());
    expect(await findPending(ctx, [form('referral')], 5 * 60_000)).toEqual([]);
  });

  it('resends even when the email went before', async () => {
    const sent = await resendTeamEmail(ctx, 'RJ-AAAA-3333');
    expect(sent.to).toEqual(['youth-justice@northfield.example.org']);
    expect(sent.previously).toBe('2026-11-01T00:00:00.500Z');
  });

  it('refuses an unknown reference', async () => {
    await expect(resendTeamEmail(ctx, 'RJ-7KQM-4XPD')).rejects.toBeInstanceOf(OpsError);
  });

  it('says plainly when the email service cannot be reached, and records nothing', async () => {
    const port = await freePort();
    const offline = openContext(
      { ...ctx.connection, sesEndpoint: `http://127.0.0.1:${port}` },
      { now: () => NOW, config: serviceConfig },
    );
    try {
      await expect(resendTeamEmail(offline, 'RJ-AAAA-5555')).rejects.toThrow(
        `Cannot reach the email service at http://127.0.0.1:${port}: check the network and the region.`,
      );
      expect((await table.store.get('RJ-AAAA-5555'))?.teamNotifiedAt).toBeUndefined();
    } finally {
      offline.close();
    }
  });
});

describe('pending and resend of the submitter’s confirmation', () => {
  const TEN_MINUTES_BEFORE = new Date(NOW.getTime() - 10 * 60_000);
  const submitted = async (answers: Record<string, string | string[]>) => {
    const outcome = await submitForm(
      form('referral'),
      { ...VALID_ANSWERS.referral, ...answers },
      { config: testConfig(), store: table.store, now: () => TEN_MINUTES_BEFORE, hashKey: TEST_HASH_KEY },
    );
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    return outcome.reference;
  };
  const env = () => ({
    OPS_TABLE_NAME: table.tableName,
    OPS_STAFF_TABLE_NAME: staffTableName,
    DYNAMODB_ENDPOINT: ctx.connection.endpoint,
    SES_ENDPOINT: ctx.connection.sesEndpoint,
  });
  const ops = async (...argv: string[]) => {
    const shown = memoryIo();
    const code = await runOps(argv, shown.io, env(), { now: () => NOW, config: serviceConfig });
    return { code, stdout: shown.stdout(), stderr: shown.stderr() };
  };
  const inbox = () => readInbox(ctx.connection.sesEndpoint as string);

  it('lists a confirmation that is due but unsent, sends it once to the address marked safe, and refuses one not due', async () => {
    const address = `confirm-${randomUUID()}@example.com`;
    const story = `A story the confirmation must not repeat ${randomUUID()}`;
    // Email marked safe: a confirmation is due. Phone only: none is, and the address is dropped.
    const due = await submitted({ safeWays: ['email'], email: address, whatHappened: story });
    const notDue = await submitted({ safeWays: ['phone'], email: address });
    try {
      expect((await table.store.get(due))?.confirmationDue).toBe(true);
      expect((await table.store.get(notDue))?.confirmationDue).toBe(false);

      // Both wait for the team email; only one for a confirmation too.
      const both = await ops('pending', '--form', 'referral');
      expect(both.code).toBe(0);
      expect(both.stdout).toMatch(/^Reference +Received +Waiting +Waiting for +Team +Urgent$/m);
      expect(both.stdout).toMatch(
        new RegExp(`^${due} .* 10 min +team email, confirmation +Restorative`, 'm'),
      );
      expect(both.stdout).toMatch(new RegExp(`^${notDue} .* 10 min +team email +Restorative`, 'm'));
      expect(both.stdout).toContain('without a team email');
      expect(both.stdout).toContain('1 without a confirmation');
      expect(both.stdout).toContain(
        'Send a confirmation with: npm run ops -- resend REFERENCE --confirmation',
      );
      expect(both.stdout).not.toContain(address);

      // The team resend sends no confirmation, and says one is still owed.
      const team = await ops('resend', due);
      expect(team.stdout).toContain(
        `The person's confirmation has not gone either: send it with npm run ops -- resend ${due} --confirmation`,
      );
      await table.store.markSent(notDue, 'teamNotifiedAt', NOW);
      const pending = await findPending(ctx, [form('referral')], 5 * 60_000);
      expect(pending.map((r) => r.reference)).toContain(due);
      expect(pending.map((r) => r.reference)).not.toContain(notDue);
      expect(pending.every((r) => !('answers' in r))).toBe(true);
      const waiting = await ops('pending', '--form', 'referral');
      expect(waiting.stdout).toMatch(new RegExp(`^${due} .* 10 min +confirmation +Restorative`, 'm'));
      expect(waiting.stdout).toContain('older than 5 min without a confirmation.\nSend a confirmation with');
      expect(waiting.stdout).not.toContain('resend REFERENCE\n');

      const earlier = (await inbox()).length;
      const sent = await ops('resend', due.toLowerCase(), '--confirmation');
      expect(sent).toEqual({
        code: 0,
        stdout: `Sent the confirmation for ${due} to the email address the person marked safe.\n`,
        stderr: '',
      });
      const [confirmation, ...more] = (await inbox()).slice(earlier);
      expect(more).toEqual([]);
      expect(confirmation?.destination.to).toEqual([address]);
      expect(confirmation?.subject).toBe(`Your reference ${due}`);
      expect(`${confirmation?.body.text} ${confirmation?.body.html}`).not.toContain(story);
      expect((await table.store.get(due))?.confirmationSentAt).toBe(NOW.toISOString());
      expect((await findPending(ctx, [form('referral')], 5 * 60_000)).map((r) => r.reference)).not.toContain(
        due,
      );

      // Sent again on purpose, it says when it had gone.
      expect((await resendConfirmation(ctx, due)).previously).toBe(NOW.toISOString());

      const refused = await ops('resend', notDue, '--confirmation');
      expect(refused).toEqual({
        code: 1,
        stdout: '',
        stderr: `${notDue} has no confirmation to send: the person did not ask for one, or gave no email address marked safe.\n`,
      });
      expect((await inbox()).length).toBe(earlier + 2);
      expect((await table.store.get(notDue))?.confirmationSentAt).toBeUndefined();
    } finally {
      // The other tests count records.
      for (const reference of [due, notDue]) await eraseTarget(ctx, await findErasure(ctx, reference));
    }
  });

  it('treats a record from before confirmationDue existed as owing none', async () => {
    // RJ-AAAA-2222 asked for itself with email marked safe, but its record predates the flag.
    expect(known('RJ-AAAA-2222')).not.toHaveProperty('confirmationDue');
    expect(known('RJ-AAAA-2222')).not.toHaveProperty('confirmationSentAt');
    const pending = await findPending(ctx, [form('referral')], 5 * 60_000);
    expect(pending.map((r) => r.reference)).not.toContain('RJ-AAAA-2222');
  });
});

describe('erase', () => {
  it('removes the record and its guard entry, and nothing else', async () => {
    const target = await findErasure(ctx, 'FB-AAAA-5555');
    expect(target.guardKeys).toEqual(['GUARD#feedback#erase-me']);
    expect(await eraseTarget(ctx, target)).toEqual({ record: true, guards: 1, claims: 0 });
    const left = await table.allItems();
    expect(left.filter((i) => i.pk === 'FB-AAAA-5555' || i.reference === 'FB-AAAA-5555')).toEqual([]);
    expect(left.map((i) => i.pk)).toContain('GUARD#feedback#someone-else');
    await expect(findErasure(ctx, 'FB-AAAA-5555')).rejects.toThrow(
      'There is no submission with reference FB-AAAA-5555',
    );
  });

  it('still removes a guard whose record is already gone', async () => {
    const target = await findErasure(ctx, 'RJ-ZZZZ-9999');
    expect(target.record).toBeUndefined();
    expect(await eraseTarget(ctx, target)).toEqual({ record: false, guards: 1, claims: 0 });
  });

  it('leaves nothing behind of a submission made through the service', async () => {
    const store = table.store;
    const fields = { ...VALID_ANSWERS.referral, submissionToken: 'token-for-erasure-test' };
    const outcome = await submitForm(form('referral'), fields, {
      config: testConfig(),
      store,
      now: () => new Date(),
      hashKey: TEST_HASH_KEY,
    });
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    const mine = async () =>
      (await table.allItems()).filter((i) => i.pk === outcome.reference || i.reference === outcome.reference);
    // Its search token items (name, phone, email, postcode) name it too, and must go with it.
    expect((await mine()).map((i) => i.kind).sort()).toEqual([
      ...Array(4).fill('find-token'),
      'guard',
      'submission',
    ]);
    // The record does not keep its guard's key (a hash made from the browser's address); ops finds
    // the guard by the reference it names.
    const guard = (await mine()).find((i) => i.kind === 'guard');
    expect(await store.get(outcome.reference)).not.toHaveProperty('guardPk');
    expect((await findErasure(ctx, outcome.reference)).guardKeys).toEqual([guard?.pk]);

    const env = {
      OPS_TABLE_NAME: table.tableName,
      OPS_STAFF_TABLE_NAME: await freshStaffTable(table.client),
      DYNAMODB_ENDPOINT: ctx.connection.endpoint,
      AWS_REGION: 'eu-west-2',
    };
    const declined = memoryIo({ interactive: true, answer: false });
    expect(await runOps(['erase', outcome.reference], declined.io, env)).toBe(1);
    expect(declined.stderr()).toContain('Nothing was erased.');
    expect(declined.asked).toHaveLength(1);
    expect(await mine()).toHaveLength(6);

    const accepted = memoryIo({ interactive: true, answer: true });
    expect(await runOps(['erase', outcome.reference], accepted.io, env)).toBe(0);
    expect(accepted.stderr()).toContain(`${outcome.reference}: referral submission received`);
    expect(accepted.stdout()).toContain('- submission: removed\n- 1 duplicate-guard entry removed');
    expect(accepted.stdout()).toContain('ask the Restorative Justice Team (rj-team@northfield.example.org)');
    expect(await mine()).toEqual([]);
  });

  it('does not answer a repeat from a guard whose submission was erased without it', async () => {
    const fields = { ...VALID_ANSWERS.referral, submissionToken: 'token-outliving-its-record' };
    const deps = { config: testConfig(), store: table.store, now: () => new Date(), hashKey: TEST_HASH_KEY };
    const first = await submitForm(form('referral'), fields, deps);
    if (first.kind !== 'accepted') throw new Error(first.kind);
    // The workspace erases the record alone: it has no guard key to give.
    await ctx.removal.erase(first.reference, []);
    const again = await submitForm(form('referral'), fields, deps);
    expect(again).toMatchObject({ kind: 'accepted', duplicate: false });
    if (again.kind !== 'accepted') throw new Error(again.kind);
    expect(again.reference).not.toBe(first.reference);
    expect(await table.store.get(again.reference)).toBeDefined();
    // The retry after that is a duplicate of the new one.
    expect(await submitForm(form('referral'), fields, deps)).toMatchObject({
      reference: again.reference,
      duplicate: true,
    });
    await eraseTarget(ctx, await findErasure(ctx, again.reference)); // The other tests count records.
  });
});
