import { describe, expect, it } from 'vitest';
import { buildReport, outcomesOf } from '../../../functions/reporting/build-report.ts';
import { rate, rateText } from '../../../functions/reporting/rate.ts';
import { reportRows } from '../../../functions/reporting/report-rows.ts';
import { reportText } from '../../../functions/reporting/report-text.ts';
import { lastCalendarMonth } from '../../../functions/time/date-range.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { KNOWN, NOW, OCT_NOV, PERSONAL_TEXT } from './known-submissions.ts';

const report = buildReport(KNOWN, rangeFrom(OCT_NOV.since, OCT_NOV.until, NOW));
const shares = (options: { value: string; count: number; n: number; percent: number | null }[]) =>
  Object.fromEntries(options.map((o) => [o.value, [o.count, o.n, o.percent]]));

describe('rates', () => {
  it('rounds to whole per cent and keeps the counts', () => {
    expect(rate(2, 3)).toEqual({ count: 2, n: 3, percent: 67 });
    expect(rate(1, 3)).toEqual({ count: 1, n: 3, percent: 33 });
    expect(rateText(rate(2, 3))).toBe('67% (2 of 3)');
  });

  it('says when nobody answered instead of dividing by zero', () => {
    expect(rate(0, 0)).toEqual({ count: 0, n: 0, percent: null });
    expect(rateText(rate(0, 0))).toBe('no answers (0 of 0)');
  });
});

describe('the outcome report on a known data set (October and November 2026)', () => {
  it('covers the days asked for, both included', () => {
    expect(report.since).toBe('2026-10-01');
    expect(report.until).toBe('2026-11-30');
    expect(report.months).toEqual(['2026-10', '2026-11']);
  });

  it('counts submissions per form per month, leaving out those just outside the range', () => {
    const perMonth = Object.fromEntries(
      report.forms.map((f) => [f.formId, [...f.byMonth.map((m) => m.count), f.total]]),
    );
    // NR-AAAA-2222 (30 Sep, 23:59:59.999 London) and NR-AAAA-6666 (1 Dec, 00:00) fall outside.
    expect(perMonth).toEqual({
      referral: [1, 3, 4],
      nuisance: [0, 3, 3],
      feedback: [0, 4, 4],
      'case-review': [0, 0, 0],
    });
  });

  it('counts submissions per team', () => {
    const referral = report.forms.find((f) => f.formId === 'referral');
    expect(referral?.byTeam).toEqual([
      { team: 'restorative-justice', count: 3, erased: 0 },
      { team: 'youth-justice', count: 1, erased: 0 },
    ]);
  });

  it('breaks referrals down by who referred and what they hope for', () => {
    const [byReferrer, byHopes] = outcomesOf(report, 'referral').tallies;
    expect(outcomesOf(report, 'referral').total).toBe(4);
    expect(byReferrer?.question).toBe('Who is this referral for?');
    expect(shares(byReferrer?.options ?? [])).toEqual({
      self: [2, 4, 50],
      'on-behalf': [1, 4, 25],
      professional: [1, 4, 25],
    });
    expect(byHopes?.multiple).toBe(true);
    expect(shares(byHopes?.options ?? [])).toEqual({
      'ask-questions': [2, 4, 50],
      'explain-impact': [1, 4, 25],
      apology: [2, 4, 50],
      repair: [1, 4, 25],
      'not-sure': [1, 4, 25],
    });
  });

  it('breaks nuisance reports down by behaviour and willingness to meet', () => {
    const [byBehaviour, byMeeting] = outcomesOf(report, 'nuisance').tallies;
    expect(outcomesOf(report, 'nuisance').total).toBe(3);
    const behaviours = shares(byBehaviour?.options ?? []);
    expect(behaviours.noise).toEqual([2, 3, 67]);
    expect(behaviours.threats).toEqual([1, 3, 33]);
    expect(behaviours.rubbish).toEqual([1, 3, 33]);
    expect(behaviours.animals).toEqual([0, 3, 0]);
    expect(byBehaviour?.options).toHaveLength(12);
    expect(shares(byMeeting?.options ?? [])).toEqual({ yes: [2, 3, 67], maybe: [1, 3, 33], no: [0, 3, 0] });
  });

  it('gives feedback satisfaction and would-recommend rates overall, by role and by meeting type', () => {
    const feedback = outcomesOf(report, 'feedback');
    const rates = feedback.rates;
    expect(feedback.total).toBe(4);
    expect(rates?.overall.satisfied).toEqual({ count: 2, n: 4, percent: 50 });
    expect(rates?.overall.wouldRecommend).toEqual({ count: 2, n: 4, percent: 50 });
    const groups = (by: string) => (rates?.groups ?? []).filter((g) => g.groupBy === by);
    const byRole = Object.fromEntries(
      groups('Role').map((g) => [
        g.value,
        [g.n, g.rates.satisfied?.percent, g.rates.wouldRecommend?.percent],
      ]),
    );
    expect(byRole).toEqual({
      harmed: [2, 100, 50],
      responsible: [1, 0, 100],
      supporter: [1, 0, 0],
      community: [0, null, null],
      professional: [0, null, null],
    });
    const conference = groups('Meeting').find((g) => g.value === 'conference');
    expect(conference?.rates.satisfied).toEqual({ count: 1, n: 3, percent: 33 });
    expect(conference?.rates.wouldRecommend).toEqual({ count: 2, n: 3, percent: 67 });
    const circle = groups('Meeting').find((g) => g.value === 'circle');
    expect([circle?.rates.satisfied?.percent, circle?.rates.wouldRecommend?.percent]).toEqual([100, 0]);
    expect(shares(feedback.tallies[0]?.options ?? [])).toEqual({
      'very-satisfied': [1, 4, 25],
      satisfied: [1, 4, 25],
      neither: [1, 4, 25],
      dissatisfied: [1, 4, 25],
      'very-dissatisfied': [0, 4, 0],
    });
  });

  it('shows every rate with its counts in the text, and no personal data', () => {
    const text = reportText(report);
    expect(text).toContain('Role: I was harmed or affected');
    expect(text).toMatch(/Role: I was harmed or affected\s+100% \(2 of 2\)\s+50% \(1 of 2\)/);
    expect(text).toMatch(/Meeting: A restorative conference\s+33% \(1 of 3\)\s+67% \(2 of 3\)/);
    expect(text).toContain('no answers (0 of 0)');
    for (const personal of PERSONAL_TEXT) expect(text).not.toContain(personal);
  });

  it('flattens to rows whose counts match the numbers', () => {
    const rows = reportRows(report);
    const satisfiedAll = rows.find((r) => r.measure.startsWith('Satisfied') && r.group === 'All feedback');
    expect(satisfiedAll).toMatchObject({ count: 2, n: 4, percent: 50 });
    const octoberReferrals = rows.find((r) => r.section === 'Submissions per month' && r.group === '2026-10');
    expect(octoberReferrals).toMatchObject({ measure: 'Restorative justice referral', count: 1, n: null });
  });

  it('gives an empty month zeros, not a failure', () => {
    const empty = buildReport([], lastCalendarMonth(new Date('2026-03-15T00:00:00Z')));
    expect(empty.months).toEqual(['2026-02']);
    expect(outcomesOf(empty, 'feedback').rates?.overall.satisfied).toEqual({ count: 0, n: 0, percent: null });
    expect(reportText(empty)).toContain('No submissions.');
  });
});
