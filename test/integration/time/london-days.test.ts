import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../../functions/reporting/load-report.ts';
import { runExport } from '../../../functions/staff/actions/export.ts';
import type { MemberContext } from '../../../functions/staff/context.ts';
import type { StaffDeps } from '../../../functions/staff/deps.ts';
import type { StaffRequest } from '../../../functions/staff/request.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { monthRange } from '../../../functions/time/date-range.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { freshStaffTable, seed } from '../ops/ops-support.ts';

/**
 * Days are London days wherever a person picks one: an export or a report "from D to D" runs from
 * London midnight to London midnight, in summer (BST, UTC+1) and in winter (GMT), though storage
 * keeps UTC instants.
 */
const RJ = 'restorative-justice';
const record = (reference: string, createdAt: string) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId: 'referral',
  schemaVersion: 1,
  createdAt,
  team: RJ,
  urgent: [],
  answers: VALID_ANSWERS.referral,
  expiresAt: 2_000_000_000,
});

/** 00:30 in London on the day, and 23:59:59 in London the day before, for a summer and a winter day. */
const SEASONS = [
  {
    name: 'summer (BST)',
    day: '2026-06-02',
    inside: '2026-06-01T23:30:00.000Z',
    before: '2026-06-01T22:59:59.000Z',
  },
  {
    // Early in the year, so the day is past at every clock npm run test:dates sets: the export's
    // date questions still check "not in the future" on the machine's clock, not deps.now.
    name: 'winter (GMT)',
    day: '2026-02-03',
    inside: '2026-02-03T00:30:00.000Z',
    before: '2026-02-02T23:59:59.000Z',
  },
];
/** Received at 00:30 BST on 1 July: July's in London, though still June in UTC. */
const JULY_FIRST = 'RJ-LDJULY-2222';
const reference = (season: number, which: string) => `RJ-LD${season}${which}-2222`;

let table: Awaited<ReturnType<typeof freshTable>>;
let deps: StaffDeps;
const session = {
  member: { sub: 'sub-1', name: 'Sam', email: 'sam@example.org', teams: [RJ], admin: true },
  csrfToken: 'csrf',
} as MemberContext['signedIn']['session'];

beforeAll(async () => {
  table = await freshTable();
  const staff = new DynamoStaffStore(table.documents, await freshStaffTable(table.client));
  await seed(table.documents, table.tableName, [
    ...SEASONS.flatMap((s, i) => [
      record(reference(i, 'IN'), s.inside),
      record(reference(i, 'BE'), s.before),
    ]),
    record(JULY_FIRST, '2026-06-30T23:30:00.000Z'),
  ]);
  deps = {
    config: testConfig(),
    submissions: table.store,
    staff,
    now: () => new Date('2026-12-20T12:00:00.000Z'),
  } as unknown as StaffDeps;
});

afterAll(() => table.client.destroy());

const exportOf = async (day: string): Promise<string> => {
  const [year, month, date] = day.split('-').map(Number);
  const query = new URLSearchParams({ form: 'referral', download: '' });
  for (const side of ['from', 'to']) {
    query.set(`${side}-day`, String(date));
    query.set(`${side}-month`, String(month));
    query.set(`${side}-year`, String(year));
  }
  const result = await runExport({
    req: { query } as StaffRequest,
    deps,
    signedIn: { idHash: '', session },
    frame: { config: deps.config, member: session.member, csrfToken: session.csrfToken, links: [] },
    reference: '',
  });
  expect(result.statusCode).toBe(200);
  return String(result.body);
};

describe.each(SEASONS.map((s, i) => ({ ...s, i })))('a day in $name', ({ day, i }) => {
  it(`an export from ${day} to ${day} holds 00:30 London on the day, not 23:59:59 the day before`, async () => {
    const csv = await exportOf(day);
    expect(csv).toContain(reference(i, 'IN'));
    expect(csv).not.toContain(reference(i, 'BE'));
  });

  it(`a report from ${day} to ${day} counts 00:30 London on the day, not 23:59:59 the day before`, async () => {
    const report = await loadReport(table.store, rangeFrom(day, day, deps.now()), deps.now());
    expect(report.since).toBe(day);
    expect(report.until).toBe(day);
    expect(report.forms.find((f) => f.formId === 'referral')?.total).toBe(1);
  });

  it("the month's report counts the day's first half hour in that month", async () => {
    const month = day.slice(0, 7);
    const report = await loadReport(table.store, monthRange(month), deps.now());
    expect(report.months).toEqual([month]);
    expect(report.forms.find((f) => f.formId === 'referral')?.total).toBe(2);
  });
});

describe('a month is a London month', () => {
  it("June's report leaves out 00:30 on 1 July (BST); July's counts it", async () => {
    const june = await loadReport(table.store, monthRange('2026-06'), deps.now());
    const july = await loadReport(table.store, monthRange('2026-07'), deps.now());
    expect(june.forms.find((f) => f.formId === 'referral')?.total).toBe(2);
    expect(july.forms.find((f) => f.formId === 'referral')?.total).toBe(1);
  });
});
