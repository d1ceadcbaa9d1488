import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { buildReport } from '../../../functions/reporting/build-report.ts';
import { erasedEntry, erasedGroups, talliesOf } from '../../../functions/reporting/erased-tally.ts';
import { buildFunnels, type Funnel } from '../../../functions/reporting/funnel.ts';
import { FUNNEL_MEASURES, PAUSED_NOW_LABEL } from '../../../functions/reporting/funnel-definitions.ts';
import type { FunnelRecord } from '../../../functions/reporting/funnel-record.ts';
import { reportCsv } from '../../../functions/reporting/report-csv.ts';
import { reportText } from '../../../functions/reporting/report-text.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { parseCsv } from '../ops/parse-csv.ts';

/**
 * November 2026 (no bank holiday; working days 2–6, 9–13, 16–20, 23–27, 30), report day Monday
 * 30 November. The referral target is 2 working days.
 */
const DAY = '2026-11-30';
const RJ = 'restorative-justice';
let n = 0;
const step = (s: string, on: string, extra: Partial<StepEntry> = {}): StepEntry => ({
  id: `e${++n}`,
  step: s,
  on,
  by: 'sub',
  recordedAt: `${on}T12:00:00.000Z`,
  ...extra,
});
const referral = (createdAt: string, steps: StepEntry[]): FunnelRecord => ({
  formId: 'referral',
  team: RJ,
  createdAt,
  urgent: [],
  steps,
});
const contact = (on: string) => step('first-contact', on, { detail: 'phone' });

const RECORDS = [
  // Paused on the report day (a real pause): open, not closed, "Paused now".
  referral('2026-11-02T10:00:00Z', [
    contact('2026-11-03'),
    step('paused', '2026-11-10', { detail: 'live-case', reviewOn: '2026-12-10' }),
  ]),
  // Paused, then closed while paused: closed, not paused.
  referral('2026-11-02T10:00:00Z', [
    contact('2026-11-03'),
    step('paused', '2026-11-04', { detail: 'other', reviewOn: '2026-11-20' }),
    step('closed', '2026-11-06', { detail: 'withdrew' }),
  ]),
  // An old on-hold closure: a pause (live case), never closed.
  referral('2026-11-02T10:00:00Z', [
    contact('2026-11-03'),
    step('closed', '2026-11-05', { detail: 'on-hold-live-case' }),
  ]),
  // Paused before contact on Tue 3 (1 working day), resumed Fri 20, contacted Mon 23: 1 + 1 = 2 working
  // days counted (13 paused), within target. Open, not paused.
  referral('2026-11-02T10:00:00Z', [
    step('paused', '2026-11-03', { detail: 'person-unavailable', reviewOn: '2026-11-20' }),
    step('resumed', '2026-11-20'),
    contact('2026-11-23'),
  ]),
  // Paused on Tue 3 with no contact, still paused: its target has not run out (not "known").
  referral('2026-11-02T10:00:00Z', [
    step('paused', '2026-11-03', { detail: 'live-case', reviewOn: '2026-12-01' }),
  ]),
];

const funnelOf = (records: FunnelRecord[]): Funnel => {
  const [f] = buildFunnels(records, records, serviceConfig, DAY).filter((x) => x.team === RJ);
  if (!f) throw new Error('no funnel');
  return f;
};

describe('the funnel with paused cases', () => {
  const f = funnelOf(RECORDS);

  it('counts paused cases apart, "Paused now", and never as closed', () => {
    expect(f.pausedNow).toBe(3);
    expect(f.closed).toBe(1);
    expect(f.closures.find((c) => c.value === 'withdrew')?.count).toBe(1);
    expect(f.closures.map((c) => c.value)).not.toContain('on-hold-live-case');
    // The open caseload by age holds only what is open and not paused: the resumed one.
    expect(f.open.reduce((sum, b) => sum + b.count, 0)).toBe(1);
  });

  it('does not list pausing or resuming as steps reached', () => {
    expect(f.reached.map((s) => s.value)).toEqual([
      'first-contact',
      'assessed',
      'other-party-approached',
      'both-agreed',
      'took-part',
      'closed',
    ]);
    expect(f.reached.find((s) => s.value === 'closed')?.count).toBe(1);
  });

  it('counts time to first contact without the working days paused, and a paused case has not missed it', () => {
    // Contacted: 1, 1, 1 and 2 working days. Known: those 4 (the still-paused one is not).
    expect(f.firstContact).toEqual({
      contacted: 4,
      medianDays: 1,
      withinTarget: { count: 4, n: 4, percent: 100 },
    });
  });

  it('counts a case paused later in the period as open on a report day before the pause', () => {
    const early = buildFunnels(RECORDS, RECORDS, serviceConfig, '2026-11-09').find((x) => x.team === RJ);
    // On 9 November: the first (paused 10th) is open; 2 closed while paused on the 6th; 3 on hold; 4 and 5 paused.
    expect(early?.pausedNow).toBe(3);
  });

  it('prints "Paused now" with its definition in the monthly text and the CSV', () => {
    const report = buildReport(RECORDS, rangeFrom('2026-11-01', DAY, new Date('2026-12-01T06:00:00Z')), {
      config: serviceConfig,
      today: '2026-12-01',
    });
    const text = reportText(report);
    expect(text).toMatch(new RegExp(`${PAUSED_NOW_LABEL}\\s+3`));
    expect(text).toContain(FUNNEL_MEASURES.paused.definition);
    const rows = parseCsv(reportCsv(report, (id) => id, { bom: false }));
    expect(rows.find((r) => r[1] === FUNNEL_MEASURES.paused.measure)).toEqual([
      'Progress: restorative-justice, Restorative justice referral (5 received)',
      'Paused now',
      PAUSED_NOW_LABEL,
      '3',
      '',
      '',
      FUNNEL_MEASURES.paused.definition,
    ]);
  });

  it('tallies an erased on-hold closure as a pause, and an old tally of one is not counted as a closure', () => {
    const onHold = RECORDS[2] as FunnelRecord;
    expect(erasedEntry(onHold, serviceConfig).closed).toBeUndefined();
    // A tally written before pauses existed counted it as closed with that reason.
    const oldTally = erasedGroups([
      {
        month: '2026-11',
        counters: { [`referral#${RJ}#received`]: 1, [`referral#${RJ}#closed#on-hold-live-case#2026-11`]: 1 },
      },
    ]);
    const erased = buildFunnels([], [], serviceConfig, DAY, oldTally).find((x) => x.team === RJ);
    expect(erased?.closed).toBe(0);
    expect(erasedGroups(talliesOf([erasedEntry(onHold, serviceConfig)]))[0]?.closed).toEqual([]);
  });
});
