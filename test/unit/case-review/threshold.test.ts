import { describe, expect, it } from 'vitest';
import { assessThreshold, type Complaint } from '../../../functions/case-review/threshold.ts';
import type { ThresholdRules } from '../../../functions/config/case-review-schema.ts';
import { addCalendarMonths } from '../../../functions/time/calendar-months.ts';
import { addDays } from '../../../functions/time/london.ts';

/** The Act's rules, as the sample configuration leaves them. */
const ACT: ThresholdRules = {
  complaints: 3,
  complaintWithinMonths: 1,
  applicationWithinMonths: 6,
  hate: 'meets',
};

const complaint = (
  id: string,
  behaviourOn: string | undefined,
  complainedOn: string,
  hate?: boolean,
): Complaint => ({
  id,
  behaviourOn,
  complainedOn,
  ...(hate ? { hate } : {}),
});

/** Three complaints, each made the day after the behaviour, in the spring of 2027. */
const three = [
  complaint('a', '2027-03-01', '2027-03-02'),
  complaint('b', '2027-03-10', '2027-03-11'),
  complaint('c', '2027-03-20', '2027-03-21'),
];

const assess = (complaints: Complaint[], rules: ThresholdRules = ACT, extra = {}) =>
  assessThreshold({ appliedOn: '2027-04-01', complaints, hate: false, ...extra }, rules);

describe('calendar months, as the law counts them', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-04-01', 1)).toBe('2027-05-01');
  });
});

describe('a complaint made within one month of the behaviour', () => {
  const made = (behaviourOn: string, days: number) =>
    assessThreshold(
      {
        appliedOn: '2027-06-30',
        complaints: [complaint('x', behaviourOn, addDays(behaviourOn, days))],
        hate: false,
      },
      { ...ACT, complaints: 1 },
    ).complaints[0];

  it('counts at 29 and 30 days after behaviour on 1 April, not at 31 (April has 30 days)', () => {
    expect(made('2027-04-01', 29)).toEqual({ id: 'x', counts: true });
    expect(made('2027-04-01', 30)).toEqual({ id: 'x', counts: true });
    expect(made('2027-04-01', 31)).toEqual({ id: 'x', counts: false, why: 'complained-too-late' });
  });

  it('counts at 31 days after behaviour on 1 March (March has 31 days), not at 32', () => {
    expect(made('2027-03-01', 31)?.counts).toBe(true);
    expect(made('2027-03-01', 32)?.why).toBe('complained-too-late');
  });

  it('counts at 28 days after behaviour on 31 January, not at 29 (the month ends on 28 February)', () => {
    expect(made('2027-01-31', 28)?.counts).toBe(true);
    expect(made('2027-01-31', 29)?.why).toBe('complained-too-late');
  });

  it('counts a complaint made the same day', () => {
    expect(made('2027-04-01', 0)?.counts).toBe(true);
  });

  it('counts more widely when the partnership allows two months', () => {
    const verdict = assessThreshold(
      { appliedOn: '2027-06-30', complaints: [complaint('x', '2027-04-01', '2027-05-20')], hate: false },
      { ...ACT, complaints: 1, complaintWithinMonths: 2 },
    );
    expect(verdict.complaints[0]?.counts).toBe(true);
  });
});

describe('an application within six months of the complaint', () => {
  const applied = (appliedOn: string, rules = ACT) =>
    assessThreshold(
      { appliedOn, complaints: [complaint('x', '2027-01-30', '2027-01-31')], hate: false },
      { ...rules, complaints: 1 },
    ).complaints[0];

  it('counts a complaint made six months before to the day (31 January to 31 July)', () => {
    expect(applied('2027-07-31')?.counts).toBe(true);
  });

  it('does not count it a day later', () => {
    expect(applied('2027-08-01')).toEqual({ id: 'x', counts: false, why: 'too-long-ago' });
  });

  it('counts it later when the partnership allows twelve months', () => {
    expect(applied('2027-12-01', { ...ACT, applicationWithinMonths: 12 })?.counts).toBe(true);
  });
});

describe('how many complaints', () => {
  it('is met with three qualifying complaints, each named as counting', () => {
    const result = assess(three);
    expect(result).toMatchObject({ outcome: 'met', grounds: 'complaints', counted: 3, needed: 3 });
    expect(result.complaints.every((c) => c.counts)).toBe(true);
  });

  it('is not met with two, saying so', () => {
    expect(assess(three.slice(0, 2))).toMatchObject({
      outcome: 'not-met',
      grounds: 'below-threshold',
      counted: 2,
      needed: 3,
    });
  });

  it('is met with two where the partnership set its threshold at two', () => {
    expect(assess(three.slice(0, 2), { ...ACT, complaints: 2 }).outcome).toBe('met');
  });

  it('is not met with no complaints at all', () => {
    expect(assess([])).toMatchObject({ outcome: 'not-met', grounds: 'no-complaints', counted: 0 });
  });

  it('says why the others do not count, and counts the rest', () => {
    const result = assess([
      ...three.slice(0, 2),
      complaint('late', '2027-01-01', '2027-03-01'),
      complaint('old', '2026-08-01', '2026-08-02'),
      complaint('future', '2027-04-01', '2027-04-02'),
      complaint('backwards', '2027-03-05', '2027-03-04'),
    ]);
    expect(result.counted).toBe(2);
    expect(result.complaints.filter((c) => !c.counts)).toEqual([
      { id: 'late', counts: false, why: 'complained-too-late' },
      { id: 'old', counts: false, why: 'too-long-ago' },
      { id: 'future', counts: false, why: 'after-application' },
      { id: 'backwards', counts: false, why: 'before-behaviour' },
    ]);
    expect(result.outcome).toBe('not-met');
  });
});

describe('hate-motivated behaviour', () => {
  const one = [three[0] as Complaint];

  it('meets the threshold on one qualifying complaint by default', () => {
    expect(assess(one, ACT, { hate: true })).toMatchObject({ outcome: 'met', grounds: 'hate' });
  });

  it('counts an incident marked as hate on its own, even when the application does not say so', () => {
    expect(assess([{ ...(three[0] as Complaint), hate: true }]).outcome).toBe('met');
  });

  it('goes to the partnership where the rules say so', () => {
    expect(assess(one, { ...ACT, hate: 'decide' }, { hate: true })).toMatchObject({
      outcome: 'decide',
      grounds: 'hate-for-partnership',
    });
  });

  it('counts as one complaint where the rules say so', () => {
    expect(assess(one, { ...ACT, hate: 'counts-as-one' }, { hate: true }).outcome).toBe('not-met');
  });

  it('needs a complaint that qualifies', () => {
    expect(assess([complaint('old', '2026-08-01', '2026-08-02')], ACT, { hate: true }).outcome).toBe(
      'not-met',
    );
  });
});

describe('the community threshold', () => {
  const rules: ThresholdRules = { ...ACT, community: { households: 5 } };
  const one = [three[0] as Complaint];

  it('is met when five households complained about the same behaviour', () => {
    expect(assess(one, rules, { households: 5 })).toMatchObject({ outcome: 'met', grounds: 'community' });
  });

  it('is not met with four', () => {
    expect(assess(one, rules, { households: 4 }).outcome).toBe('not-met');
  });

  it('does not apply where the partnership has none', () => {
    expect(assess(one, ACT, { households: 10 }).outcome).toBe('not-met');
  });
});

describe('complaints whose behaviour date is not known', () => {
  it('go to the partnership when they would make the difference', () => {
    const result = assess([...three.slice(0, 2), complaint('when', undefined, '2027-03-25')]);
    expect(result).toMatchObject({ outcome: 'decide', grounds: 'dates-unknown', counted: 2 });
    expect(result.complaints[2]).toEqual({ id: 'when', counts: false, why: 'behaviour-unknown' });
  });

  it('leave it not met when they would not', () => {
    expect(assess([three[0] as Complaint, complaint('when', undefined, '2027-03-25')]).outcome).toBe(
      'not-met',
    );
  });
});
