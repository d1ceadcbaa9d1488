import { beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import type { OutcomeReport } from '../../../functions/reporting/build-report.ts';
import { formatReportEmail } from '../../../functions/reporting/format-report-email.ts';
import type { Funnel } from '../../../functions/reporting/funnel.ts';
import { FUNNEL_MEASURES } from '../../../functions/reporting/funnel-definitions.ts';
import { loadReport } from '../../../functions/reporting/load-report.ts';
import { reportCsv } from '../../../functions/reporting/report-csv.ts';
import { reportText } from '../../../functions/reporting/report-text.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { parseCsv } from '../../unit/ops/parse-csv.ts';
import { seed } from '../ops/ops-support.ts';

/**
 * A fixed data set for November 2026, counted by hand below. November 2026 has no bank holiday;
 * 1 November is a Sunday, so the working days are 2–6, 9–13, 16–20, 23–27 and 30 November.
 * The report runs on 1 December, so the report day is Monday 30 November.
 */
const NOW = new Date('2026-12-01T06:00:00Z');
const NOTE = 'Spoke to Jo Bloggs at 12 Acacia Avenue';
let n = 0;
const step = (s: string, on: string, extra: Partial<StepEntry> = {}): StepEntry => ({
  id: extra.id ?? `e${++n}`,
  step: s,
  on,
  by: 'staff-sub',
  recordedAt: `${on}T12:00:00.000Z`,
  note: NOTE,
  ...extra,
});
const record = (
  reference: string,
  formId: string,
  team: string,
  createdAt: string,
  steps?: StepEntry[],
  urgent: string[] = [],
) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId,
  schemaVersion: 1,
  createdAt,
  team,
  urgent,
  answers: {},
  expiresAt: 2_000_000_000,
  ...(steps ? { steps } : {}),
});

const RJ = 'restorative-justice';
const DATA = [
  // Contact after 1 working day (3 Nov), assessed, closed completed.
  record('RJ-AAAA-0001', 'referral', RJ, '2026-11-02T10:00:00.000Z', [
    step('first-contact', '2026-11-03', { detail: 'phone' }),
    step('assessed', '2026-11-05', { detail: 'suitable' }),
    step('closed', '2026-11-20', { detail: 'completed' }),
  ]),
  // Contact after 4 working days (3, 4, 5, 6 Nov): past the target of 2. Closed not suitable.
  record('RJ-AAAA-0002', 'referral', RJ, '2026-11-02T10:00:00.000Z', [
    step('first-contact', '2026-11-06', { detail: 'phone' }),
    step('assessed', '2026-11-09', { detail: 'not-suitable' }),
    step('closed', '2026-11-10', { detail: 'not-suitable' }),
  ]),
  // First contact recorded for 10 Nov, corrected to 11 Nov: 2 working days, within target. Open, age 15.
  record('RJ-AAAA-0003', 'referral', RJ, '2026-11-09T10:00:00.000Z', [
    step('first-contact', '2026-11-10', { id: 'wrong' }),
    step('first-contact', '2026-11-11', { corrects: 'wrong' }),
  ]),
  // Friday 27 Nov, no steps: 1 working day by 30 Nov, target not yet passed. Open, age 1.
  record('RJ-AAAA-0004', 'referral', RJ, '2026-11-27T10:00:00.000Z'),
  // 16 Nov, no steps: 10 working days, past target. Open, age 10.
  record('RJ-AAAA-0005', 'referral', RJ, '2026-11-16T10:00:00.000Z', []),
  // 18 Nov, first contact on 1 Dec (after the report day, so not counted): 8 working days, past target.
  record('RJ-AAAA-0006', 'referral', RJ, '2026-11-18T10:00:00.000Z', [step('first-contact', '2026-12-01')]),
  // Before the period, never touched: open caseload only. 3 Aug to 30 Nov: 19 (Aug, less the
  // 31 Aug bank holiday) + 22 (Sep) + 22 (Oct) + 21 (Nov) = 84 working days: over 60.
  record('RJ-AAAA-0007', 'referral', RJ, '2026-08-03T10:00:00.000Z'),
  // Before the period and closed in October: counted nowhere.
  record('RJ-AAAA-0008', 'referral', RJ, '2026-10-05T10:00:00.000Z', [
    step('closed', '2026-10-20', { detail: 'withdrew' }),
  ]),
  // Urgent nuisance report, acknowledged only: 5 working days (24–27, 30) against a target of 1.
  record(
    'NR-AAAA-0001',
    'nuisance',
    'community-safety',
    '2026-11-23T10:00:00.000Z',
    [step('acknowledged', '2026-11-23')],
    ['Threats or intimidation'],
  ),
  // Not urgent, contact after 1 working day: within its target of 5. Age 3 (26, 27, 30).
  record('NR-AAAA-0002', 'nuisance', 'community-safety', '2026-11-25T10:00:00.000Z', [
    step('first-contact', '2026-11-26', { detail: 'phone' }),
  ]),
  // A record from before steps existed: received only. 10 Nov to 30 Nov is 14 working days.
  record('RJ-AAAA-0009', 'referral', 'youth-justice', '2026-11-10T10:00:00.000Z'),
];

const funnel = (report: OutcomeReport, team: string, formId: string): Funnel => {
  const found = report.funnels.find((f) => f.team === team && f.formId === formId);
  if (!found) throw new Error(`${team} ${formId}`);
  return found;
};
const counts = (items: { value: string; count: number }[]) =>
  Object.fromEntries(items.map((i) => [i.value, i.count]));

let report: OutcomeReport;
beforeAll(async () => {
  const table = await freshTable();
  await seed(table.documents, table.tableName, DATA);
  report = await loadReport(table.store, rangeFrom('2026-11-01', '2026-11-30', NOW), NOW, serviceConfig);
});

describe('the funnel report on a fixed data set', () => {
  it('counts to the report day, 30 November', () => {
    expect(report.reportDay).toBe('2026-11-30');
  });

  it('counts the restorative justice team’s referrals as worked out by hand', () => {
    const f = funnel(report, RJ, 'referral');
    // Received in November: 0001–0006 (0007 and 0008 are older).
    expect(f.received).toBe(6);
    // First contact standing by 30 Nov: 0001, 0002, 0003 (0006's is dated 1 Dec). Assessed: 0001, 0002.
    expect(counts(f.reached)).toEqual({
      'first-contact': 3,
      assessed: 2,
      'other-party-approached': 0,
      'both-agreed': 0,
      'took-part': 0,
      closed: 2,
    });
    // Days to contact 1, 4, 2 → median 2. Within 2: 0001, 0003. Out of: the 3 contacted, plus 0005
    // and 0006 whose target had passed; 0004 (1 day old) is not yet known → 2 of 5.
    expect(f.firstContact).toEqual({
      contacted: 3,
      medianDays: 2,
      withinTarget: { count: 2, n: 5, percent: 40 },
    });
    expect(f.closed).toBe(2);
    expect(counts(f.closures)).toMatchObject({ completed: 1, 'not-suitable': 1, withdrew: 0 });
    // Open on 30 Nov: 0004 (1), 0003 (15), 0005 (10), 0006 (8), 0007 (84).
    expect(counts(f.open)).toEqual({ '0 to 5': 1, '6 to 20': 3, '21 to 60': 0, 'Over 60': 1 });
  });

  it('holds urgent nuisance reports to 1 working day and others to 5', () => {
    const f = funnel(report, 'community-safety', 'nuisance');
    expect(f.received).toBe(2);
    expect(counts(f.reached)).toMatchObject({ acknowledged: 1, 'first-contact': 1 });
    // NR-0001: 5 days old, urgent, no contact → past 1, known, not within. NR-0002: 1 ≤ 5.
    expect(f.firstContact).toEqual({
      contacted: 1,
      medianDays: 1,
      withinTarget: { count: 1, n: 2, percent: 50 },
    });
    expect(counts(f.open)).toEqual({ '0 to 5': 2, '6 to 20': 0, '21 to 60': 0, 'Over 60': 0 });
  });

  it('counts a record without steps as received only', () => {
    const f = funnel(report, 'youth-justice', 'referral');
    expect(f.received).toBe(1);
    expect(f.reached.every((s) => s.count === 0)).toBe(true);
    // 14 working days against a target of 2: known, not within.
    expect(f.firstContact).toEqual({
      contacted: 0,
      medianDays: null,
      withinTarget: { count: 0, n: 1, percent: 0 },
    });
    expect(counts(f.open)).toMatchObject({ '6 to 20': 1 });
  });

  it('prints each figure with its definition under the table, and no reference or note', () => {
    const text = reportText(report);
    expect(text).toContain('Progress: restorative-justice, Restorative justice referral (6 received)');
    expect(text).toMatch(/Within target\s+40% \(2 of 5\)/);
    expect(text).toMatch(/Median working days\s+none yet/);
    // Every measure but "since erased", shown only when some were (none here).
    const { erased, ...shown } = FUNNEL_MEASURES;
    for (const { definition } of Object.values(shown)) expect(text).toContain(definition);
    expect(text).not.toContain(erased.definition);
    expect(text).not.toContain('RJ-AAAA');
    expect(text).not.toContain(NOTE);
  });

  it('gives the same figures as CSV, definitions included', () => {
    const rows = parseCsv(reportCsv(report, (id) => id, { bom: false }));
    const within = rows.find(
      (r) =>
        r[0] === 'Progress: restorative-justice, Restorative justice referral (6 received)' &&
        r[2] === 'Within target',
    );
    expect(within).toEqual([
      'Progress: restorative-justice, Restorative justice referral (6 received)',
      FUNNEL_MEASURES.firstContact.measure,
      'Within target',
      '2',
      '5',
      '40',
      FUNNEL_MEASURES.firstContact.definition,
    ]);
  });

  it('emails each team its own progress only, with definitions and no references', () => {
    const email = formatReportEmail(report, serviceConfig, RJ);
    expect(email.text).toContain(
      'Progress: Restorative Justice Team, Restorative justice referral (6 received)',
    );
    expect(email.text).not.toContain('Anti-social Behaviour Team, Neighbour');
    expect(email.html).toContain(FUNNEL_MEASURES.open.definition);
    expect(`${email.text}${email.html}`).not.toMatch(/RJ-AAAA|NR-AAAA|Acacia/);
  });
});
