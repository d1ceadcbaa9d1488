import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLOCK_VARIABLE } from '../../../local/clock-setting.ts';
import { freePort } from '../../../local/free-port.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { KNOWN, NOW } from '../../unit/ops/known-submissions.ts';
import { parseCsv } from '../../unit/ops/parse-csv.ts';
import { connectionArgs, freshStaffTable, seed } from './ops-support.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without any settings that would point the tools somewhere else. */
const cleanEnv = () => {
  const { OPS_TABLE_NAME, DYNAMODB_ENDPOINT, SES_ENDPOINT, OPS_DEBUG, ...rest } = process.env;
  // The tools run at the data set's time, whatever day the suite runs on.
  return { ...rest, [CLOCK_VARIABLE]: NOW.toISOString() };
};

/** A moment the given minutes before the data set's now. */
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** Runs the real CLI as a separate process (the test runs on Node 24, so process.execPath is too). */
const run = (command: string, args: string[]): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(); // Not a terminal: nobody can answer a question.
  });

const ops = (...args: string[]) => run(process.execPath, ['ops/cli.ts', ...args]);

let table: Awaited<ReturnType<typeof freshTable>>;
let conn: string[];
let outDir: string;

beforeAll(async () => {
  table = await freshTable();
  conn = connectionArgs(table.tableName, await freshStaffTable(table.client));
  const tenMinutesAgo = minutesBefore(10);
  await seed(table.documents, table.tableName, [
    ...KNOWN,
    {
      ...KNOWN[0],
      pk: 'RJ-BBBB-2222',
      reference: 'RJ-BBBB-2222',
      createdAt: tenMinutesAgo,
      teamNotifiedAt: undefined,
    },
  ]);
  outDir = await mkdtemp(join(tmpdir(), 'ops-cli-'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the ops command line', () => {
  it('lists through npm run ops', async () => {
    const { code, stdout } = await run('npm', [
      'run',
      'ops',
      '--silent',
      '--',
      'list',
      '--form',
      'referral',
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
      ...conn,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Reference\s+Received\s+Team\s+Urgent\s+Team email\n/);
    expect(stdout).toContain('RJ-AAAA-3333');
    // Three known ones, and the one made ten minutes ago for pending.
    expect(stdout).toContain(
      '4 referral submissions from 1 November 2026 to 30 November 2026 (London time).',
    );
  });

  it('shows a submission, and says plainly when a reference is unknown', async () => {
    const [shown, unknown] = await Promise.all([
      ops('show', 'nr-aaaa-4444', ...conn),
      ops('show', 'RJ-7KQM-4XPD', ...conn),
    ]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Who is your landlord?\n  The council');

    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'There is no submission with reference RJ-7KQM-4XPD: check the reference, or it may have been erased or passed its retention period.\n',
    );
  });

  it('explains an unreachable table in one sentence, without a stack trace', async () => {
    const port = await freePort();
    const { code, stderr } = await ops('list', '--endpoint', `http://127.0.0.1:${port}`);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Cannot reach the table restorative-submissions at http://127.0.0.1:${port}: is the local twin running? (npm start)\n`,
    );
  });

  it('prints the help after an unknown command, and refuses bad dates', async () => {
    const [unknown, badDate] = await Promise.all([
      ops('frobnicate'),
      ops('report', '--since', '2026-13-01', ...conn),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "frobnicate"\.\n\nOperator tools/);
    expect(unknown.stderr).toContain('Usage: npm run ops -- <command> [options]');

    expect([badDate.code, badDate.stderr]).toEqual([
      2,
      '--since must be a date like 2026-11-01, not "2026-13-01".\n',
    ]);
  });

  it('exports to a private file, with progress and the summary on standard error', async () => {
    const file = join(outDir, 'nuisance.csv');
    const args = [
      'export',
      '--form',
      'nuisance',
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
      '--out',
      file,
    ];
    const first = await ops(...args, ...conn);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(
      `Exported 3 nuisance submissions from 1 November 2026 to 30 November 2026 to ${file}.`,
    );
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toHaveLength(4);

    const again = await ops(...args, ...conn);
    expect([again.code, again.stderr]).toEqual([
      1,
      `${file} already exists: choose another name, or delete it first.\n`,
    ]);
  });

  it('reports as JSON on standard output', async () => {
    const { code, stdout } = await ops(
      'report',
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
      '--format',
      'json',
      ...conn,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const feedback = report.outcomes.find((o: { formId: string }) => o.formId === 'feedback');
    expect(feedback.rates.overall.wouldRecommend).toEqual({ count: 2, n: 4, percent: 50 });
  });

  it('finds a pending team email and resends it', async () => {
    const pending = await ops('pending', '--older-than', '5m', ...conn);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toMatch(/RJ-BBBB-2222 .* 10 min /);

    const resent = await ops('resend', 'RJ-BBBB-2222', ...conn);
    expect(resent.code).toBe(0);
    expect(resent.stdout).toBe(
      'Sent the team email for RJ-BBBB-2222 to the Restorative Justice Team (rj-team@northfield.example.org).\n',
    );
    expect((await table.store.get('RJ-BBBB-2222'))?.teamNotifiedAt).toBeDefined();
  });

  it('finds a confirmation that is due but unsent, sends it, and refuses one that is not due', async () => {
    const address = `cli-confirm-${Date.now()}@example.com`;
    const sentTeam = minutesBefore(9);
    await seed(table.documents, table.tableName, [
      {
        ...KNOWN[0],
        pk: 'RJ-BBBB-3333',
        reference: 'RJ-BBBB-3333',
        createdAt: minutesBefore(10),
        teamNotifiedAt: sentTeam,
        confirmationDue: true,
        answers: { ...KNOWN[0]?.answers, safeWays: ['email'], email: address },
      },
    ]);
    try {
      const [pending, refused] = await Promise.all([
        ops('pending', ...conn),
        // Asked for on someone else's behalf: the person is sent nothing.
        ops('resend', 'RJ-AAAA-3333', '--confirmation', ...conn),
      ]);
      expect(pending.code).toBe(0);
      expect(pending.stdout).toMatch(/^RJ-BBBB-3333 .* 10 min +confirmation +Restorative Justice Team/m);
      expect(pending.stdout).toContain('npm run ops -- resend REFERENCE --confirmation');
      expect([refused.code, refused.stdout, refused.stderr]).toEqual([
        1,
        '',
        'RJ-AAAA-3333 has no confirmation to send: the person did not ask for one, or gave no email address marked safe.\n',
      ]);

      const resent = await ops('resend', 'RJ-BBBB-3333', '--confirmation', ...conn);
      expect([resent.code, resent.stdout]).toEqual([
        0,
        'Sent the confirmation for RJ-BBBB-3333 to the email address the person marked safe.\n',
      ]);
      const delivered = (await readInbox(inject('sesEndpoint'))).filter((e) =>
        e.destination.to.includes(address),
      );
      expect(delivered.map((e) => e.subject)).toEqual(['Your reference RJ-BBBB-3333']);
      expect((await table.store.get('RJ-BBBB-3333'))?.confirmationSentAt).toBeDefined();
    } finally {
      await table.documents.send(
        new DeleteCommand({ TableName: table.tableName, Key: { pk: 'RJ-BBBB-3333' } }),
      );
    }
  });

  it('will not erase without a terminal unless told --yes', async () => {
    const refused = await ops('erase', 'FB-AAAA-2222', ...conn);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'Refusing to erase FB-AAAA-2222 without confirmation: run it in a terminal, or add --yes.\n',
    );
    expect(await table.store.get('FB-AAAA-2222')).toBeDefined();

    const erased = await ops('erase', 'FB-AAAA-2222', '--yes', ...conn);
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain('Erased FB-AAAA-2222:\n- submission: removed');
    expect(await table.store.get('FB-AAAA-2222')).toBeUndefined();
  });
});
