import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseReviewNoticeDue,
  isSecondReportWithinSixMonths,
  reportsWithinSixMonths,
  sixMonthsBefore,
} from '../../../functions/returning/second-report.ts';

describe('six months before a day', () => {
  it.each([
    ['2026-12-07', '2026-06-07'],
    ['2026-03-15', '2025-09-15'],
    ['2026-08-31', '2026-02-28'],
    ['2028-08-31', '2028-02-29'],
    ['2026-12-31', '2026-06-30'],
    ['2026-01-01', '2025-07-01'],
  ])('%s → %s', (day, expected) => {
    expect(sixMonthsBefore(day)).toBe(expected);
  });

  it('refuses what is not a day', () => {
    expect(() => sixMonthsBefore('7 December')).toThrow('Not a day');
  });
});

describe('the second report within six months', () => {
  it('counts the original report: the first incident added within six months is the second', () => {
    expect(isSecondReportWithinSixMonths(['2026-06-07'], '2026-12-07')).toBe(true);
  });

  it('does not count a report made before the six months began', () => {
    expect(isSecondReportWithinSixMonths(['2026-06-06'], '2026-12-07')).toBe(false);
  });

  it('a first report alone is not a second', () => {
    expect(isSecondReportWithinSixMonths([], '2026-12-07')).toBe(false);
  });

  it('two on the same day count as two', () => {
    expect(isSecondReportWithinSixMonths(['2026-12-07'], '2026-12-07')).toBe(true);
  });

  it('counts only days up to the one asked about', () => {
    expect(reportsWithinSixMonths(['2026-11-01', '2026-12-08', '2027-01-01'], '2026-12-07')).toBe(1);
  });

  it('never counts fewer reports when one more is added (property)', () => {
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), day, day, (days, extra, on) => {
        expect(reportsWithinSixMonths([...days, extra], on)).toBeGreaterThanOrEqual(
          reportsWithinSixMonths(days, on),
        );
      }),
    );
  });
});

describe('whether a case gives the Case Review notice as an incident is added', () => {
  const createdAt = '2026-06-10T09:00:00.000Z';

  it('gives it on the first incident added within six months of the original report', () => {
    expect(caseReviewNoticeDue({ createdAt, additions: [] }, new Date('2026-12-01T12:00:00Z'))).toBe(true);
  });

  it('not when the original report is older than six months and no incident since', () => {
    expect(caseReviewNoticeDue({ createdAt, additions: [] }, new Date('2026-12-11T12:00:00Z'))).toBe(false);
  });

  it('gives it on the second incident after an old report, when the two are within six months', () => {
    const additions = [{ kind: 'incident' as const, at: '2027-01-05T10:00:00.000Z' }];
    expect(caseReviewNoticeDue({ createdAt, additions }, new Date('2027-03-01T10:00:00Z'))).toBe(true);
  });

  it('counts only incidents: a change of contact details is not a report', () => {
    const additions = [{ kind: 'contact' as const, at: '2027-01-05T10:00:00.000Z' }];
    expect(caseReviewNoticeDue({ createdAt, additions }, new Date('2027-03-01T10:00:00Z'))).toBe(false);
  });

  it('is given once per case', () => {
    const view = { createdAt, additions: [], caseReviewNoticeAt: '2026-07-01T10:00:00.000Z' };
    expect(caseReviewNoticeDue(view, new Date('2026-08-01T12:00:00Z'))).toBe(false);
  });

  it('reads report days in London, not UTC', () => {
    // Made 23:30 UTC on 9 June 2026 = 00:30 BST on 10 June; six months before 10 December is 10 June.
    const lateNight = { createdAt: '2026-06-09T23:30:00.000Z', additions: [] };
    expect(caseReviewNoticeDue(lateNight, new Date('2026-12-10T12:00:00Z'))).toBe(true);
  });
});
