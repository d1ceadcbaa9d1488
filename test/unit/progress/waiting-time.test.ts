import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { waitingOf } from '../../../functions/progress/waiting-time.ts';

/** Monday 30 November 2026, midday in London; the referral's first-contact target is 2 working days. */
const NOW = new Date('2026-11-30T12:00:00Z');
const referral = (createdAt: string, status?: string) => ({
  formId: 'referral',
  createdAt,
  urgent: [],
  ...(status ? { status } : {}),
});

describe('how long a submission has waited (the inbox reads it, progress/ decides it)', () => {
  it('counts working days towards first contact, by the calendar in the configuration', () => {
    // Wednesday 25 November: Thursday, Friday and Monday have passed.
    expect(waitingOf(referral('2026-11-25T10:00:00Z'), serviceConfig, NOW, true)).toEqual({
      text: '3 working days',
      pastTarget: true,
    });
    const closed = { ...serviceConfig, workingDays: { closedOn: ['2026-11-26', '2026-11-27'], openOn: [] } };
    expect(waitingOf(referral('2026-11-25T10:00:00Z'), closed, NOW, true)).toEqual({
      text: '1 working day',
      pastTarget: false,
    });
  });

  it('reads the time since it came otherwise, and is never past target once first contact is made', () => {
    const waiting = waitingOf(referral('2026-11-20T10:00:00Z', 'first-contact'), serviceConfig, NOW, false);
    expect(waiting.pastTarget).toBe(false);
    expect(waiting.text).not.toContain('working');
  });

  it('counts London days: 00:30 on a summer day in London is that day, not the one before', () => {
    // 1 July 2026 00:30 BST is 30 June 23:30 UTC; Thursday 2 July is one working day later.
    const now = new Date('2026-07-02T12:00:00Z');
    expect(waitingOf(referral('2026-06-30T23:30:00Z'), serviceConfig, now, true).text).toBe('1 working day');
  });
});
