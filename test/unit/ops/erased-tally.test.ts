import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { buildReport, type OutcomeReport } from '../../../functions/reporting/build-report.ts';
import {
  counterNames,
  erasedEntry,
  erasedGroups,
  talliesOf,
} from '../../../functions/reporting/erased-tally.ts';
import type { FunnelRecord } from '../../../functions/reporting/funnel-record.ts';
import { reportRows } from '../../../functions/reporting/report-rows.ts';
import { reportText } from '../../../functions/reporting/report-text.ts';
import { rangeFrom } from '../../../ops/dates.ts';

let n = 0;
const step = (s: string, on: string, extra: Partial<StepEntry> = {}): StepEntry => ({
  id: extra.id ?? `e${++n}`,
  step: s,
  on,
  by: 'staff-sub',
  recordedAt: `${on}T12:00:00.000Z`,
  ...extra,
});
const rec = (
  formId: string,
  team: string,
  createdAt: string,
  steps: StepEntry[] = [],
  urgent: string[] = [],
) => ({
  formId,
  team,
  createdAt,
  urgent,
  steps,
});

/** November 2026 (no bank holiday), with corrections, urgent markers and steps after the month. */
const NOVEMBER: FunnelRecord[] = [
  rec('referral', 'restorative-justice', '2026-11-02T10:00:00.000Z', [
    step('first-contact', '2026-11-03', { detail: 'phone' }),
    step('assessed', '2026-11-05', { detail: 'suitable' }),
    step('closed', '2026-11-20', { detail: 'completed' }),
  ]),
  rec('referral', 'restorative-justice', '2026-11-09T10:00:00.000Z', [
    step('first-contact', '2026-11-10', { id: 'wrong' }),
    step('first-contact', '2026-11-11', { corrects: 'wrong' }),
  ]),
  rec('referral', 'restorative-justice', '2026-11-16T10:00:00.000Z'),
  rec('referral', 'restorative-justice', '2026-11-18T10:00:00.000Z', [
    step('first-contact', '2026-12-01'),
    step('closed', '2026-12-02', { detail: 'withdrew' }),
  ]),
  // Received at 23:30 on 30 November (GMT, so London and UTC agree): November, the report's London month.
  rec('referral', 'youth-justice', '2026-11-30T23:30:00.000Z', [
    step('closed', '2026-12-01', { detail: 'withdrew' }),
  ]),
  rec(
    'nuisance',
    'community-safety',
    '2026-11-23T10:00:00.000Z',
    [step('acknowledged', '2026-11-23')],
    ['Threats or intimidation'],
  ),
  rec('nuisance', 'community-safety', '2026-11-25T10:00:00.000Z', [
    step('first-contact', '2026-11-26', { detail: 'phone' }),
  ]),
];
const OLDER = rec('referral', 'restorative-justice', '2026-08-03T10:00:00.000Z');
const TODAY = '2026-12-10';
const NOW = new Date(`${TODAY}T10:00:00.000Z`);

const november = (records: FunnelRecord[], erased: FunnelRecord[] = []): OutcomeReport =>
  buildReport(
    [...records, OLDER],
    rangeFrom('2026-11-01', '2026-11-30', NOW),
    { config: serviceConfig, today: TODAY },
    talliesOf(erased.map((r) => erasedEntry(r, serviceConfig))),
  );

/** Every figure but the "since erased" counts and the open caseload (a removed record is in none). */
const figures = (report: OutcomeReport) => ({
  forms: report.forms.map((f) => [
    f.total,
    f.byMonth.map((m) => m.count),
    f.byTeam.map((t) => [t.team, t.count]),
  ]),
  funnels: report.funnels.map(({ erased: _e, open: _o, ...f }) => f),
});

describe('the anonymous tally of an erased or expired submission', () => {
  it('gives the same figures for the month whichever of its submissions is removed', () => {
    const whole = november(NOVEMBER);
    NOVEMBER.forEach((removed, i) => {
      const report = november(
        NOVEMBER.filter((_, j) => j !== i),
        [removed],
      );
      expect(figures(report), `removing record ${i}`).toEqual(figures(whole));
      expect(report.forms.find((f) => f.formId === removed.formId)?.erased).toBe(1);
    });
    // And all of them at once.
    expect(figures(november([], NOVEMBER))).toEqual(figures(whole));
  });

  it('keeps months, never days, and only the standing steps', () => {
    const entry = erasedEntry(NOVEMBER[1] as FunnelRecord, serviceConfig);
    expect(entry).toEqual({
      month: '2026-11',
      formId: 'referral',
      team: 'restorative-justice',
      reached: [{ step: 'first-contact', month: '2026-11' }],
      // Received Monday 9 November; target 2 working days: past it on the 12th. Contact on the 11th: 2 days.
      firstContact: { due: '2026-11', contacted: { days: 2, within: true, month: '2026-11' } },
    });
    expect(counterNames(entry).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('reads back what it counted', () => {
    const tallies = talliesOf(NOVEMBER.map((r) => erasedEntry(r, serviceConfig)));
    const groups = erasedGroups(tallies);
    const rj = groups.find((g) => g.formId === 'referral' && g.team === 'restorative-justice');
    expect(rj?.received).toBe(4);
    expect(rj?.closed).toEqual(
      expect.arrayContaining([
        { reason: 'completed', month: '2026-11', count: 1 },
        { reason: 'withdrew', month: '2026-12', count: 1 },
      ]),
    );
  });

  it('counts only in periods that cover its month whole (it knows the month, not the day)', () => {
    const erased = talliesOf(NOVEMBER.map((r) => erasedEntry(r, serviceConfig)));
    const half = buildReport([], rangeFrom('2026-11-01', '2026-11-15', NOW), undefined, erased);
    expect(half.forms.every((f) => f.total === 0 && f.erased === 0)).toBe(true);
    const autumn = buildReport([], rangeFrom('2026-10-01', '2026-11-30', NOW), undefined, erased);
    expect(autumn.forms.find((f) => f.formId === 'referral')?.byMonth).toEqual([
      { month: '2026-10', count: 0, erased: 0 },
      { month: '2026-11', count: 5, erased: 5 },
    ]);
  });

  it('says "of which since erased" only where some were', () => {
    const kept = november(NOVEMBER);
    expect(reportText(kept)).not.toContain('since erased');
    expect(reportRows(kept).some((r) => r.group.toLowerCase().includes('since erased'))).toBe(false);
    const one = november(NOVEMBER.slice(1), NOVEMBER.slice(0, 1));
    const text = reportText(one);
    expect(text).toContain('Restorative justice referral: of which since erased: 1 (2026-11: 1)');
    expect(text).toContain('(4 received, of which since erased: 1)');
    expect(text).toContain('1 more received in the period since erased: their answers are not kept');
  });
});
