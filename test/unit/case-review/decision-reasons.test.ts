import { describe, expect, it } from 'vitest';
import { decisionReasons, reasonsNeeded } from '../../../functions/case-review/decision-reasons.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { CASE_REVIEW_STEPS } from '../../../functions/forms/steps/case-review-steps.ts';
import { checkStep } from '../../../functions/progress/record-step.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

describe('a threshold decision against or beyond the rule', () => {
  it('needs no reasons where it agrees with the rule', () => {
    expect(reasonsNeeded('met', 'met')).toBeUndefined();
    expect(reasonsNeeded('not-met', 'not-met')).toBeUndefined();
  });

  it('needs reasons against the rule, beyond it, and wherever the rule leaves it to the partnership', () => {
    expect(reasonsNeeded('met', 'not-met')).toMatch(/^The rules say the threshold is met: give the reasons/);
    expect(reasonsNeeded('met', 'review-anyway')).toMatch(/^The rules say the threshold is met/);
    expect(reasonsNeeded('not-met', 'review-anyway')).toMatch(/^The rules say the threshold is not met/);
    expect(reasonsNeeded('not-met', 'met')).toMatch(/persistence of the behaviour, the harm/);
    expect(reasonsNeeded('decide', 'met')).toMatch(/^The rules leave this one to the partnership/);
  });
});

describe('recording the decision on an application', () => {
  /** Received 25 October 2026 (the three valid complaints meet the threshold), acknowledged and passed on. */
  const record = { answers: VALID_ANSWERS['case-review'] ?? {}, createdAt: '2026-10-25T10:00:00Z' };
  const entries: StepEntry[] = ['acknowledged', 'shared'].map((step, i) => ({
    id: `e${i}`,
    step,
    on: '2026-10-26',
    by: 'sub-1',
    recordedAt: '2026-10-26T10:00:00Z',
    ...(step === 'acknowledged' ? { detail: 'email' } : {}),
  }));
  const decide = (decision: string, note = '') =>
    checkStep(
      {
        step: 'decided',
        'detail-decided': decision,
        note,
        'on-day': '27',
        'on-month': '10',
        'on-year': '2026',
      },
      {
        spec: CASE_REVIEW_STEPS,
        answers: record.answers,
        entries,
        receivedDay: '2026-10-25',
        today: '2026-10-30',
        members: ['sub-1'],
        reasonsNeeded: decisionReasons(record, serviceConfig),
      },
    );

  it('records "met" as the rule says, without a note', () => {
    expect(decide('met')).toMatchObject({ ok: true, entry: { step: 'decided', detail: 'met' } });
  });

  it('refuses "not met" against the rule without reasons, on the note', () => {
    expect(decide('not-met')).toEqual({
      ok: false,
      errors: [
        {
          field: 'note',
          message: expect.stringMatching(/^The rules say the threshold is met: give the reasons/),
        },
      ],
    });
  });

  it('records it with reasons', () => {
    expect(decide('not-met', 'The behaviour stopped when the tenant moved out in October.')).toMatchObject({
      ok: true,
      entry: { detail: 'not-met', note: 'The behaviour stopped when the tenant moved out in October.' },
    });
  });
});
