import { describe, expect, it } from 'vitest';
import raw from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { isOverdue, targetDays } from '../../../functions/progress/targets.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { BANK_HOLIDAYS } from '../../../functions/time/bank-holidays.ts';
import { londonDay } from '../../../functions/time/london.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../functions/time/working-days.ts';
import { bankHolidaysFromSource } from '../../../scripts/bank-holidays-source.ts';

/** England and Wales as published: bank holidays, no closures or open days of a team's own. */
const ENGLAND_AND_WALES = {};

describe('working days in England and Wales', () => {
  it('skips a weekend: received Friday 6 March 2026, Monday is 1 and Tuesday 2', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-07', ENGLAND_AND_WALES)).toBe(0); // Saturday
    expect(workingDaysBetween('2026-03-06', '2026-03-08', ENGLAND_AND_WALES)).toBe(0); // Sunday
    expect(workingDaysBetween('2026-03-06', '2026-03-09', ENGLAND_AND_WALES)).toBe(1);
    expect(workingDaysBetween('2026-03-06', '2026-03-10', ENGLAND_AND_WALES)).toBe(2);
    expect(workingDaysBetween('2026-03-06', '2026-03-06', ENGLAND_AND_WALES)).toBe(0);
  });

  it('skips Easter: Thursday 2 April 2026 to Tuesday 7 April is 1 (Good Friday, weekend, Easter Monday)', () => {
    expect(isWorkingDay('2026-04-03', ENGLAND_AND_WALES)).toBe(false);
    expect(isWorkingDay('2026-04-06', ENGLAND_AND_WALES)).toBe(false);
    expect(workingDaysBetween('2026-04-02', '2026-04-07', ENGLAND_AND_WALES)).toBe(1);
    expect(addWorkingDays('2026-04-02', 2, ENGLAND_AND_WALES)).toBe('2026-04-08');
  });

  it('knows a one-off bank holiday and a substitute day', () => {
    expect(isWorkingDay('2022-09-19', ENGLAND_AND_WALES)).toBe(false); // the state funeral
    expect(isWorkingDay('2026-12-28', ENGLAND_AND_WALES)).toBe(false); // Boxing Day falls on a Saturday
  });

  it("counts back as negative, so a day before received is not 'within target'", () => {
    expect(workingDaysBetween('2026-03-10', '2026-03-06', ENGLAND_AND_WALES)).toBe(-2);
  });

  it("takes the deployer's override: a closure between Christmas and New Year, a bank holiday worked", () => {
    const calendar = { closedOn: ['2026-12-29', '2026-12-30', '2026-12-31'], openOn: ['2026-05-04'] };
    // 24 Dec (Thu) to 4 Jan 2027 (Mon): 25, 28 bank holidays, 29–31 closed, 1 Jan bank holiday → 4 Jan only.
    expect(workingDaysBetween('2026-12-24', '2027-01-04', calendar)).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2027-01-04', ENGLAND_AND_WALES)).toBe(4); // 29, 30, 31 Dec and 4 Jan
    expect(isWorkingDay('2026-05-04', calendar)).toBe(true);
    expect(isWorkingDay('2026-05-04', ENGLAND_AND_WALES)).toBe(false);
    const config = parseConfig({ ...raw, workingDays: { closedOn: ['2026-12-29'] } });
    expect(config.workingDays).toEqual({ closedOn: ['2026-12-29'], openOn: [] });
    expect(() => parseConfig({ ...raw, workingDays: { closedOn: ['29/12/2026'] } })).toThrow(
      /"workingDays.closedOn.0" must be a day like 2026-12-24/,
    );
  });

  it('refuses a day past the bank holiday table instead of counting a holiday as a working day', () => {
    expect(() => workingDaysBetween('2026-01-01', '2041-01-02', ENGLAND_AND_WALES)).toThrow(
      /Bank holidays are known for 2020 to 2040/,
    );
    expect(() => workingDaysBetween('2026-02-30', '2026-03-02', ENGLAND_AND_WALES)).toThrow(/Not a day/);
  });

  it('counts as a day-by-day walk would, for every pair of days over two years around Christmas', () => {
    const calendar = { closedOn: ['2026-12-29'], openOn: ['2026-05-04'] };
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    for (let a = 0; a < 730; a += 7) {
      let walked = 0;
      for (let b = a + 1; b < Math.min(730, a + 120); b++) {
        if (isWorkingDay(day(b), calendar)) walked++;
        expect(workingDaysBetween(day(a), day(b), calendar)).toBe(walked);
      }
    }
  });

  it('takes London days: 23:30 UTC on 1 June is 2 June in London', () => {
    expect(londonDay('2026-06-01T23:30:00.000Z')).toBe('2026-06-02');
    expect(londonDay('2026-12-01T23:30:00.000Z')).toBe('2026-12-01');
  });

  it('carries the same table date-holidays has (regenerate with npm run bank-holidays when this fails)', () => {
    expect(BANK_HOLIDAYS).toEqual(bankHolidaysFromSource(2020, 2040));
  });
});

describe('first-contact targets', () => {
  const config = parseConfig(raw);
  const form = (id: string) => {
    const found = findForm(id);
    if (!found) throw new Error(id);
    return found;
  };
  const referral = form('referral');
  const nuisance = form('nuisance');
  const feedback = form('feedback');
  const at = (createdAt: string, urgent: string[] = [], steps: StepEntry[] = []) => ({
    createdAt,
    urgent,
    steps,
  });
  const step = (s: string, on: string, id = s): StepEntry => ({
    id,
    step: s,
    on,
    by: 'sub',
    recordedAt: `${on}T10:00:00Z`,
  });

  it('defaults to 2 working days for referrals, 1 for urgent nuisance reports, 5 otherwise and for feedback', () => {
    expect(targetDays({ urgent: [] }, referral, config)).toBe(2);
    expect(targetDays({ urgent: ['Threats or intimidation'] }, nuisance, config)).toBe(1);
    expect(targetDays({ urgent: [] }, nuisance, config)).toBe(5);
    expect(targetDays({ urgent: [] }, feedback, config)).toBe(5);
  });

  it('takes the target from configuration when set', () => {
    const changed = parseConfig({
      ...raw,
      forms: { ...raw.forms, referral: { ...raw.forms.referral, firstContactTarget: { days: 3 } } },
    });
    expect(targetDays({ urgent: [] }, referral, changed)).toBe(3);
  });

  it('is overdue past the target with no first contact, and not once contact or closure stands', () => {
    // Received Friday 6 March 2026; target 2 → due by Tuesday 10 March; overdue on Wednesday.
    expect(isOverdue(at('2026-03-06T09:00:00Z'), referral, config, '2026-03-10')).toBe(false);
    expect(isOverdue(at('2026-03-06T09:00:00Z'), referral, config, '2026-03-11')).toBe(true);
    const contacted = at('2026-03-06T09:00:00Z', [], [step('first-contact', '2026-03-12')]);
    expect(isOverdue(contacted, referral, config, '2026-03-20')).toBe(false);
    // A corrected-away first contact no longer stands.
    const corrected = at(
      '2026-03-06T09:00:00Z',
      [],
      [
        step('first-contact', '2026-03-12', 'a'),
        { ...step('first-contact', '2026-03-12', 'b'), corrects: 'a' },
        { ...step('assessed', '2026-03-12', 'c') },
      ],
    );
    expect(isOverdue(corrected, referral, config, '2026-03-20')).toBe(false);
    // Nuisance, urgent, acknowledged only: still waiting for first contact after 1 working day.
    const urgent = at(
      '2026-03-06T09:00:00Z',
      ['Threats or intimidation'],
      [step('acknowledged', '2026-03-06')],
    );
    expect(isOverdue(urgent, nuisance, config, '2026-03-09')).toBe(false);
    expect(isOverdue(urgent, nuisance, config, '2026-03-10')).toBe(true);
    // Feedback closed without being marked read waits for nobody.
    expect(
      isOverdue(
        at('2026-03-06T09:00:00Z', [], [step('closed', '2026-03-06')]),
        feedback,
        config,
        '2026-04-01',
      ),
    ).toBe(false);
  });
});
