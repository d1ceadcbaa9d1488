import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingYear } from '../../../functions/case-review/figures.ts';
import { loadCaseReviewFigures } from '../../../functions/case-review/load-figures.ts';
import { standingSteps } from '../../../functions/progress/history.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { counterNames, erasedEntry } from '../../../functions/reporting/erased-tally.ts';
import { loadReport } from '../../../functions/reporting/load-report.ts';
import { countRemoval } from '../../../functions/storage/erased-tallies.ts';
import { monthRange } from '../../../functions/time/date-range.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { memoryIo, seed } from '../ops/ops-support.ts';

/**
 * The published figures for April 2026 to March 2027 reconcile with the case list for that year
 * (`ops list`, what an operator or the team sees): each application listed counts once, in the
 * year of the London day it arrived, and those erased or past their retention meanwhile still
 * count from their anonymous tallies. Worked out by hand below, against DynamoDB Local.
 */
const NOW = new Date('2027-05-10T10:00:00.000Z');
const KEPT = 2_000_000_000;
let n = 0;
const step = (s: string, on: string, detail?: string): StepEntry => ({
  id: `e${++n}`,
  step: s,
  on,
  by: 'staff-sub',
  recordedAt: `${on}T12:00:00.000Z`,
  note: 'Spoke to Robin',
  ...(detail ? { detail } : {}),
});
const application = (reference: string, createdAt: string, steps: StepEntry[], expiresAt = KEPT) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId: 'case-review',
  schemaVersion: 1,
  createdAt,
  team: 'community-safety',
  urgent: [],
  answers: { name: 'Robin', applicantType: 'victim' },
  expiresAt,
  steps,
});
const reviewed = (on: string, recommendations: 'yes' | 'no') => [
  step('acknowledged', on, 'email'),
  step('decided', on, 'met'),
  step('review-held', on, 'online'),
  step('recommendations', on, recommendations),
];
const notMet = (on: string) => [step('decided', on, 'not-met'), step('closed', on, 'threshold-not-met')];

const ERASED = 'CR-ERAS-2222';
const DATA = [
  // 00:30 on 1 April 2026 in London (summer time): the first day of the year.
  application('CR-AAAA-0001', '2026-03-31T23:30:00.000Z', reviewed('2026-05-01', 'yes')),
  // 23:00 on 31 March 2026 in London: the year before.
  application('CR-BBBB-0002', '2026-03-31T22:00:00.000Z', reviewed('2026-05-01', 'yes')),
  application('CR-CCCC-0003', '2026-06-10T10:00:00.000Z', notMet('2026-06-20')),
  application('CR-DDDD-0004', '2026-09-01T10:00:00.000Z', reviewed('2026-10-01', 'no')),
  // 23:30 on 31 March 2027 in London: the last day of the year...
  application('CR-EEEE-0005', '2027-03-31T22:30:00.000Z', []),
  // ...and 00:30 on 1 April 2027: the next.
  application('CR-FFFF-0006', '2027-03-31T23:30:00.000Z', notMet('2027-04-20')),
  // Past its retention, not yet deleted: counted as its tally will count it.
  application('CR-GGGG-0007', '2026-05-05T10:00:00.000Z', notMet('2026-05-20'), 1_700_000_000),
  // Erased (below): a review held after the partnership decided to hold one anyway, with recommendations.
  application(ERASED, '2026-07-01T10:00:00.000Z', [
    step('decided', '2026-07-10', 'review-anyway'),
    step('review-held', '2026-08-01', 'in-person'),
    step('recommendations', '2026-08-01', 'yes'),
  ]),
  // Another form's submission in the year is no application.
  { ...application('NR-HHHH-0008', '2026-07-01T10:00:00.000Z', []), formId: 'nuisance', team: 'asb' },
  // Nuisance cases told about the Case Review on a second report: an older case in July, one in August.
  {
    ...application('NR-JJJJ-0009', '2026-05-01T10:00:00.000Z', []),
    formId: 'nuisance',
    caseReviewNoticeAt: '2026-07-20T09:00:00.000Z',
  },
  {
    ...application('NR-KKKK-0010', '2026-07-02T10:00:00.000Z', []),
    formId: 'nuisance',
    caseReviewNoticeAt: '2026-08-03T09:00:00.000Z',
  },
];

let table: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  table = await freshTable();
  await seed(table.documents, table.tableName, DATA);
  // Erasure as the tally function does it: the removal counted once, then the record gone.
  const erased = DATA.find((r) => r.reference === ERASED);
  if (!erased) throw new Error('no erased record');
  const entry = erasedEntry(erased, testConfig());
  await countRemoval(
    table.documents,
    table.tableName,
    { id: 'stream-event-1', month: entry.month, counters: counterNames(entry) },
    NOW,
  );
  await table.documents.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: ERASED } }));
}, 120_000);

afterAll(() => table?.client.destroy());

const ops = async (argv: string[]) => {
  const io = memoryIo();
  const env = { OPS_TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, AWS_REGION: 'eu-west-2' };
  const code = await runOps(argv, io.io, env, { now: () => NOW, config: testConfig() });
  return { code, out: io.stdout(), err: io.stderr() };
};

/** The year's case list, as `ops list` prints it: the references. */
const listed = async (): Promise<string[]> => {
  const { code, out } = await ops([
    'list',
    '--form',
    'case-review',
    '--since',
    '2026-04-01',
    '--until',
    '2027-03-31',
  ]);
  expect(code).toBe(0);
  return out.match(/CR-[A-Z0-9]{4}-[A-Z0-9]{4}/g) ?? [];
};

describe('the ASB Case Review figures for April 2026 to March 2027', () => {
  it('reconcile with the case list for the year, and count what was erased or expired', async () => {
    const year = reportingYear(2026);
    const figures = await loadCaseReviewFigures(table.store, year, NOW, testConfig());
    const list = await listed();
    expect(list.sort()).toEqual(['CR-AAAA-0001', 'CR-CCCC-0003', 'CR-DDDD-0004', 'CR-EEEE-0005']);

    // Each listed case's standing steps, as its case page shows them.
    const records = await Promise.all(list.map((reference) => table.store.get(reference)));
    const standing = records.map((r) => standingSteps(r?.steps));
    const has = (step: string, detail?: string) =>
      standing.filter((s) => s.some((e) => e.step === step && (detail === undefined || e.detail === detail)))
        .length;
    // Not in the list: the expired one (lists leave out what is past retention) and the erased one.
    const gone = { applications: 2, notMet: 1, held: 1, recommendations: 1 };

    expect(figures).toEqual({
      year,
      applications: list.length + gone.applications,
      thresholdNotMet: has('decided', 'not-met') + gone.notMet,
      reviewsHeld: has('review-held') + gone.held,
      reviewsWithRecommendations: has('recommendations', 'yes') + gone.recommendations,
      erased: gone.applications,
    });
    expect(figures).toMatchObject({
      applications: 6,
      thresholdNotMet: 2,
      reviewsHeld: 3,
      reviewsWithRecommendations: 2,
    });
  });

  it('count the next year apart: the application that arrived at 00:30 on 1 April 2027', async () => {
    const figures = await loadCaseReviewFigures(table.store, reportingYear(2027), NOW, testConfig());
    expect(figures).toMatchObject({ applications: 1, thresholdNotMet: 1, reviewsHeld: 0, erased: 0 });
  });

  it("are published as CSV by the operators' tool, the same counts", async () => {
    const { code, out } = await ops(['case-review-figures', '--year', '2026', '--no-bom']);
    expect(code).toBe(0);
    expect(out).toBe(
      'Year (applications received),Applications,Threshold not met,Reviews held,Reviews with recommendations\r\n' +
        'April 2026 to March 2027,6,2,3,2\r\n',
    );
    const refused = await ops(['case-review-figures', '--year', '26']);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('--year must be a year like 2026');
  });
});

describe("the funder report's ASB Case Review section", () => {
  it("gives July's figures as the published figures count them, and the notices given in July", async () => {
    const config = testConfig();
    const report = await loadReport(table.store, monthRange('2026-07'), NOW, config);
    const july = await loadCaseReviewFigures(
      table.store,
      { from: '2026-07-01', to: '2026-07-31', label: 'July 2026' },
      NOW,
      config,
    );
    const { year: _year, ...figures } = july;
    // Only the erased application arrived in July; the notice on the May case was given in July.
    expect(figures).toEqual({
      applications: 1,
      thresholdNotMet: 0,
      reviewsHeld: 1,
      reviewsWithRecommendations: 1,
      erased: 1,
    });
    expect(report.caseReview).toEqual([{ team: 'community-safety', figures, noticesGiven: 1 }]);
    const august = await loadReport(table.store, monthRange('2026-08'), NOW, config);
    expect(august.caseReview[0]).toMatchObject({ figures: { applications: 0 }, noticesGiven: 1 });
  });
});
