import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { isWaiting, reachedByForm, reachedStatuses } from '../../../functions/progress/reached.ts';
import { progressWords } from '../../../functions/progress/words.ts';
import { funnelRows } from '../../../functions/reporting/funnel-rows.ts';

const progress = (id: string) => {
  const form = findForm(id);
  if (!form) throw new Error(id);
  return form.progress;
};

describe('Reached: at or past a step, in the form’s own order (issue 20)', () => {
  it('counts a referral that moved on from first contact as having reached it', () => {
    expect(reachedStatuses(progress('referral'), 'first-contact')).toEqual([
      'first-contact',
      'assessed',
      'other-party-approached',
      'both-agreed',
      'took-part',
    ]);
  });

  it('leaves closures out of every step but their own: "Closed" cannot say what came before', () => {
    expect(reachedStatuses(progress('referral'), 'assessed')).not.toContain('closed');
    expect(reachedStatuses(progress('referral'), 'closed')).toEqual(['closed']);
    expect(reachedStatuses(progress('feedback'), 'read')).toEqual(['read']);
  });

  it('leaves pauses and resumptions out too: reaching a pause means paused now', () => {
    const referral = progress('referral');
    expect(referral.steps.some((s) => s.pauses)).toBe(true);
    expect(reachedStatuses(referral, 'first-contact')).toEqual([
      'first-contact',
      'assessed',
      'other-party-approached',
      'both-agreed',
      'took-part',
    ]);
    expect(reachedStatuses(referral, 'paused')).toEqual(['paused']);
  });

  it('asks each form by its own order, and only forms with the step', () => {
    expect(reachedByForm('acknowledged')).toEqual([
      { formId: 'nuisance', statuses: ['acknowledged', 'first-contact', 'action-taken'] },
      {
        formId: 'case-review',
        statuses: [
          'acknowledged',
          'shared',
          'decided',
          'review-held',
          'recommendations',
          'outcome-sent',
          'appeal',
        ],
      },
    ]);
    expect(reachedByForm('read').map((r) => r.formId)).toEqual(['feedback']);
    expect(reachedByForm('nothing-like-it')).toEqual([]);
  });
});

describe('waiting: only before first contact (or reading), never closed', () => {
  it('is true for received and acknowledged, false once contacted, read or closed', () => {
    expect(isWaiting(progress('referral'), undefined)).toBe(true);
    expect(isWaiting(progress('referral'), 'received')).toBe(true);
    expect(isWaiting(progress('nuisance'), 'acknowledged')).toBe(true);
    expect(isWaiting(progress('nuisance'), 'first-contact')).toBe(false);
    expect(isWaiting(progress('referral'), 'closed')).toBe(false);
    expect(isWaiting(progress('feedback'), 'read')).toBe(false);
    expect(isWaiting(progress('feedback'), 'closed')).toBe(false);
  });
});

describe('the form’s own words', () => {
  it('says feedback waits to be read, and the others wait for first contact', () => {
    expect(progressWords(progress('feedback'))).toEqual({
      waiting: 'Waiting to be read',
      timeTo: 'Time to read',
    });
    expect(progressWords(progress('referral'))).toEqual({
      waiting: 'Waiting for first contact',
      timeTo: 'Time to first contact',
    });
  });
});

describe('the report speaks of feedback in its own words', () => {
  const funnel = (formId: string) => ({
    team: 'quality',
    formId,
    title: formId,
    received: 1,
    erased: 0,
    reached: [],
    firstContact: { contacted: 0, medianDays: null, withinTarget: { count: 0, n: 0, percent: null } },
    closed: 0,
    closures: [],
    pausedNow: 0,
    open: [],
  });

  it('measures feedback’s time to read, and a referral’s time to first contact', () => {
    const measures = (formId: string) => new Set(funnelRows(funnel(formId), (t) => t).map((r) => r.measure));
    expect(measures('feedback')).toContain('Time to read');
    expect(measures('feedback')).not.toContain('Time to first contact');
    expect(measures('referral')).toContain('Time to first contact');
  });
});
