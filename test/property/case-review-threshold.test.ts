import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessThreshold } from '../../functions/case-review/threshold.ts';
import {
  caseReviewSettings,
  HATE_RULES,
  STATUTORY_THRESHOLD,
} from '../../functions/config/case-review-schema.ts';
import { addCalendarMonths } from '../../functions/time/calendar-months.ts';
import { addDays } from '../../functions/time/london.ts';

/**
 * The Act's floor: three complaints that qualify under it (each made within one calendar month of
 * the behaviour, the application within six calendar months of each) meet the threshold under
 * every configuration the schema accepts, whatever else the application says.
 */

/** Any value for each rule, in and beyond range: the schema decides which configurations exist. */
const anyRules = fc.record(
  {
    complaints: fc.integer({ min: -2, max: 8 }),
    complaintWithinMonths: fc.integer({ min: -1, max: 14 }),
    applicationWithinMonths: fc.integer({ min: 0, max: 26 }),
    hate: fc.constantFrom(...HATE_RULES),
    community: fc.option(fc.record({ households: fc.integer({ min: 0, max: 120 }) }), { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** A London day between 2026 and 2029. */
const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays('2026-01-01', n));

/**
 * The day nearest `day` (moving later) that is at most `months` calendar months before `until`:
 * counting back is not the inverse of counting on (31 May less six months is 30 November, and six
 * months from 30 November is 30 May), so the Act's window is counted forwards, as the law does.
 */
const atMost = (months: number, day: string, until: string): string =>
  addCalendarMonths(day, months) >= until ? day : atMost(months, addDays(day, 1), until);

/** A complaint that qualifies under the Act, for an application on `appliedOn`. */
const qualifying = (appliedOn: string) =>
  fc
    .record({
      // Complained on a day within six months before the application...
      complainedBack: fc.integer({ min: 0, max: 200 }),
      // ...about behaviour within the month before it.
      behaviourBack: fc.integer({ min: 0, max: 40 }),
      hate: fc.boolean(),
    })
    .map(({ complainedBack, behaviourBack, hate }) => {
      const complainedOn = atMost(
        STATUTORY_THRESHOLD.applicationWithinMonths,
        addDays(appliedOn, -complainedBack),
        appliedOn,
      );
      const behaviourOn = atMost(
        STATUTORY_THRESHOLD.complaintWithinMonths,
        addDays(complainedOn, -behaviourBack),
        complainedOn,
      );
      return { behaviourOn, complainedOn, hate };
    });

describe('the threshold under any configuration', () => {
  it('never comes out anything but "met" for three complaints that qualify under the Act', () => {
    const cases = day.chain((appliedOn) =>
      fc.record({
        appliedOn: fc.constant(appliedOn),
        rules: anyRules,
        good: fc.array(qualifying(appliedOn), { minLength: 3, maxLength: 3 }),
        others: fc.array(
          fc.record({
            behaviourOn: fc.option(day, { nil: undefined }),
            complainedOn: day,
            hate: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        hate: fc.boolean(),
        households: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      }),
    );
    let configurations = 0;
    fc.assert(
      fc.property(cases, ({ appliedOn, rules, good, others, hate, households }) => {
        const parsed = caseReviewSettings.safeParse({ threshold: rules });
        fc.pre(parsed.success);
        if (!parsed.success) return;
        configurations++;
        const complaints = [...others, ...good].map((c, i) => ({ id: `c${i}`, ...c }));
        const result = assessThreshold({ appliedOn, complaints, hate, households }, parsed.data.threshold);
        expect(result.outcome).toBe('met');
        expect(result.counted).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 2000, seed: 23 },
    );
    // The run must have tried real configurations, not just ones the schema refused.
    expect(configurations).toBeGreaterThan(200);
  });

  it('refuses a local threshold above three', () => {
    const parsed = caseReviewSettings.safeParse({ threshold: { complaints: 4 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/must be 3 or fewer/);
  });

  it('refuses windows narrower than the Act', () => {
    expect(caseReviewSettings.safeParse({ threshold: { complaintWithinMonths: 0 } }).success).toBe(false);
    expect(caseReviewSettings.safeParse({ threshold: { applicationWithinMonths: 5 } }).success).toBe(false);
  });
});
