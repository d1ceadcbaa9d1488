import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { loadReport } from '../../../functions/reporting/load-report.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { monthRange } from '../../../functions/time/date-range.ts';
import { londonClock, londonDay, londonMonth } from '../../../functions/time/london.ts';
import { addition } from '../../support/additions.ts';
import { parseCsv } from '../../unit/ops/parse-csv.ts';
import { inProcessStaff, type TestMember } from '../staff/in-process-staff.ts';

/**
 * The team sees one case (issue 21, item 4), against DynamoDB Local: records are built with their
 * additions directly (the public pages that add them are another part's).
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let member: TestMember;
let admin: TestMember;
let reference = '';

/** Minutes after the case was sent, which is now: every time is inside the export's days and the month. */
const SENT = Date.now() - 60 * 60_000;
const minutesIn = (minutes: number) => new Date(SENT + minutes * 60_000).toISOString();

const put = (item: SubmissionRecord) =>
  ws.table.documents.send(new PutCommand({ TableName: ws.table.tableName, Item: item }));

const withAdditions = async (ref: string, extra: Partial<SubmissionRecord>) => {
  const record = (await ws.table.store.get(ref)) as SubmissionRecord;
  await put({ ...record, ...extra });
};

beforeAll(async () => {
  ws = await inProcessStaff();
  reference = await ws.submit('referral', { whatHappened: 'the original words' });
  await withAdditions(reference, {
    additions: [
      addition('update', minutesIn(1), { update: 'FIRST-ADDED' }),
      addition('contact', minutesIn(2), { safeWays: ['letter'], postalAddress: '1 New Street' }),
      addition('update', minutesIn(3), { update: 'SECOND-ADDED' }),
      addition('withdrawal', minutesIn(4), { reason: 'NO-LONGER' }),
    ],
    withdrawnAt: minutesIn(4),
    additionsNotified: 4,
    updateNotifiedAt: minutesIn(5),
  });
  [member, admin] = await Promise.all([
    ws.signIn(['restorative-justice'], 'Robin RJ'),
    ws.signIn(['admins'], 'Alex Admin'),
  ]);
}, 120_000);
afterAll(() => ws?.destroy());

const page = async (path: string, as: TestMember, query = '') => {
  const result = await ws.request('GET', path, { as, query });
  return { status: result.statusCode, html: String(result.body) };
};

describe('the workspace shows one case with what the person added (issue 21)', () => {
  it('shows the additions in order, the new safe ways first, and the withdrawal at the top', async () => {
    const { status, html } = await page(STAFF_PATHS.submission(reference), member);
    expect(status).toBe(200);
    expect(html.indexOf('They withdrew on')).toBeLessThan(html.indexOf('<h1'));
    expect(html.indexOf('FIRST-ADDED')).toBeLessThan(html.indexOf('SECOND-ADDED'));
    expect(html.indexOf('the original words')).toBeLessThan(html.indexOf('FIRST-ADDED'));
    const box = html.slice(
      html.indexOf('app-safe-contact'),
      html.indexOf('</div>', html.indexOf('app-safe-contact')),
    );
    expect(box).toContain('Contact only by: letter.');
  });

  it('offers only the current safe ways when logging a contact attempt, and refuses an old one', async () => {
    const { html } = await page(STAFF_PATHS.contact(reference), member);
    expect(html).toContain('value="letter"');
    expect(html).not.toContain('value="email"');
    const [year, month, day] = londonDay(new Date()).split('-');
    const attempt = (way: string) =>
      ws.post(STAFF_PATHS.contact(reference), member, {
        'on-day': String(Number(day)),
        'on-month': String(Number(month)),
        'on-year': year ?? '',
        time: londonClock(new Date()),
        way,
        outcome: 'no-answer',
      });
    const refused = await attempt('email');
    expect(refused.statusCode).toBe(400);
    expect(String(refused.body)).toContain('There is a problem');
    const ok = await attempt('letter');
    expect(ok.statusCode).toBe(303);
  });

  it('marks the case updated and withdrawn in the inbox and My work', async () => {
    const inbox = (await page(STAFF_PATHS.inbox, member)).html;
    const row = inbox.slice(inbox.indexOf(`>${reference}</a>`));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/Withdrawn<\/strong>.*Updated /s);
    const myWork = (await page(STAFF_PATHS.myWork, member)).html;
    const item = myWork.slice(myWork.indexOf(`>${reference}</a>`));
    expect(item.slice(0, item.indexOf('</div>'))).toContain('Withdrawn');
  });

  it('exports one row for the case, with its additions in order when answers are exported', async () => {
    const day = (d: Date, prefix: string) =>
      `${prefix}-day=${d.getUTCDate()}&${prefix}-month=${d.getUTCMonth() + 1}&${prefix}-year=${d.getUTCFullYear()}`;
    const query = `form=referral&${day(new Date(SENT - 86_400_000), 'from')}&${day(new Date(), 'to')}&download=csv`;
    const csv = (await page(STAFF_PATHS.export, admin, query)).html.replace(/^\uFEFF/, '');
    const [header = [], ...rows] = parseCsv(csv);
    expect(rows.filter((r) => r[0] === reference)).toHaveLength(1);
    const row = rows.find((r) => r[0] === reference) ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Additions by the person')).toBe('4');
    const added = cell('Added since (oldest first)') ?? '';
    expect(added.indexOf('FIRST-ADDED')).toBeLessThan(added.indexOf('SECOND-ADDED'));
    expect(added).toContain('Withdrew');
    // The answers as they stand now: the email first given is no longer a current answer.
    expect(cell('Email address')).toBe('');
    const without = parseCsv((await page(STAFF_PATHS.export, member, query)).html.replace(/^\uFEFF/, ''));
    expect(without.flat().join(' ')).not.toContain('FIRST-ADDED');
  });

  it('counts a case once in the report however many additions it has', async () => {
    const month = londonMonth(new Date(SENT));
    const before = await loadReport(ws.table.store, monthRange(month), new Date(), ws.config);
    const count = (r: typeof before) => r.funnels.find((f) => f.formId === 'referral')?.received ?? 0;
    const many = Array.from({ length: 20 }, (_, i) =>
      addition('update', minutesIn(10 + i), { update: `more ${i}` }),
    );
    const record = (await ws.table.store.get(reference)) as SubmissionRecord;
    await put({ ...record, additions: [...(record.additions ?? []), ...many] });
    const afterwards = await loadReport(ws.table.store, monthRange(month), new Date(), ws.config);
    expect(count(afterwards)).toBe(count(before));
    expect(count(afterwards)).toBe(1);
  });

  it('erases the additions with the case', async () => {
    const other = await ws.submit('referral', { whatHappened: 'to erase' });
    await withAdditions(other, { additions: [addition('update', minutesIn(1), { update: 'ERASE-ME' })] });
    await ws.table.store.noteUpdateDue(other, new Date(), true);
    const confirm = await page(STAFF_PATHS.erase(other), admin);
    const csrf = /name="csrf" value="([^"]+)"/.exec(confirm.html)?.[1] ?? '';
    const done = await ws.request('POST', STAFF_PATHS.erase(other), {
      as: admin,
      form: new URLSearchParams({ csrf, confirm: other }),
    });
    expect(done.statusCode).toBe(200);
    expect(await ws.table.store.get(other)).toBeUndefined();
    const left = await ws.table.allItems();
    expect(JSON.stringify(left)).not.toContain('ERASE-ME');
    // Nothing names it any more: the note that it owed an update email went too.
    expect(left.filter((i) => i.pk === other || i.reference === other)).toEqual([]);
  });
});
