import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { overdueCases } from '../../../functions/progress/overdue.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import type { TeamCase } from '../../../functions/storage/team-cases.ts';

/** An application that arrived on Monday 1 March 2027, with the steps recorded so far. */
const application = (...steps: [step: string, on: string, detail?: string][]): TeamCase => ({
  reference: 'CR-ABCD-2345',
  formId: 'case-review',
  createdAt: '2027-03-01T10:00:00Z',
  urgent: [],
  steps: steps.map(
    ([step, on, detail], i): StepEntry => ({
      id: `e${i}`,
      step,
      on,
      by: 'officer',
      recordedAt: `${on}T12:00:00Z`,
      ...(detail ? { detail } : {}),
    }),
  ),
});

const overdueOn = (record: TeamCase, today: string, config = serviceConfig) =>
  overdueCases([record], config, today).map(({ formTitle, ageDays, targetDays }) => ({
    formTitle,
    ageDays,
    targetDays,
  }));

const ACK: [string, string, string] = ['acknowledged', '2027-03-02', 'email'];

describe("the Case Review's clock in the daily overdue email", () => {
  it('lists an application not acknowledged within its first-contact target, as any form', () => {
    expect(overdueOn(application(), '2027-03-04')).toEqual([
      { formTitle: 'ASB Case Review application', ageDays: 3, targetDays: 2 },
    ]);
  });

  it('lists an acknowledged application not passed on within 5 working days, saying what is due', () => {
    expect(overdueOn(application(ACK), '2027-03-08')).toEqual([]);
    expect(overdueOn(application(ACK), '2027-03-09')).toEqual([
      {
        formTitle: 'ASB Case Review application (due: passing to the partner bodies)',
        ageDays: 6,
        targetDays: 5,
      },
    ]);
  });

  it('then the threshold decision, from the target the configuration sets', () => {
    const shared = application(ACK, ['shared', '2027-03-03']);
    expect(overdueOn(shared, '2027-03-15')).toEqual([]);
    expect(overdueOn(shared, '2027-03-16')).toEqual([
      { formTitle: 'ASB Case Review application (due: the threshold decision)', ageDays: 11, targetDays: 10 },
    ]);
    const sooner = {
      ...serviceConfig,
      caseReview: {
        ...serviceConfig.caseReview,
        targets: { ...serviceConfig.caseReview.targets, decided: 4 },
      },
    };
    expect(overdueOn(shared, '2027-03-08', sooner)[0]?.targetDays).toBe(4);
  });

  it('asks for no review once the threshold was not met, and nothing once closed', () => {
    const notMet = application(ACK, ['shared', '2027-03-03'], ['decided', '2027-03-05', 'not-met']);
    expect(overdueOn(notMet, '2027-06-30')).toEqual([]);
    const met = application(ACK, ['shared', '2027-03-03'], ['decided', '2027-03-05', 'met']);
    expect(overdueOn(met, '2027-06-30')[0]?.formTitle).toContain('due: the review meeting');
    const closed = application(ACK, ['closed', '2027-03-05', 'withdrawn']);
    expect(overdueOn(closed, '2027-06-30')).toEqual([]);
  });
});
