import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { flagsOf, isUrgent, URGENT_LABELS } from '../../../functions/forms/urgency.ts';
import { targetDays } from '../../../functions/progress/targets.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const form = (id: string) => {
  const found = findForm(id);
  if (!found) throw new Error(id);
  return found;
};

const record = (id: string, answers: Record<string, unknown>) =>
  buildRecord(form(id), serviceConfig, answers as never, 'RJ-AAAA-2222', new Date('2026-11-22T10:00:00Z'));

describe('urgency apart from markers (issue 20)', () => {
  it('keeps under 18 and a live case as markers: a youth referral is not urgent for that alone', () => {
    const youth = record('referral', { ...VALID_ANSWERS.referral, ageBand: 'under-18', ongoingCase: 'yes' });
    expect(youth.urgent).toEqual([]);
    expect(youth.markers).toEqual(['Under 18', 'Live investigation or court case']);
    expect(isUrgent(youth.urgent)).toBe(false);
  });

  it('makes a risk that may still be going on urgent, act today', () => {
    const atRisk = record('referral', { ...VALID_ANSWERS.referral, ageBand: 'under-18', stillAtRisk: 'yes' });
    expect(atRisk.urgent).toEqual(['May be at risk']);
    expect(isUrgent(atRisk.urgent)).toBe(true);
  });

  it('keeps feedback that is only very dissatisfied a marker, not urgent', () => {
    const unhappy = record('feedback', {
      ...VALID_ANSWERS.feedback,
      overallSatisfaction: 'very-dissatisfied',
    });
    expect(unhappy.urgent).toEqual([]);
    expect(unhappy.markers).toEqual(['Very dissatisfied']);
  });

  it('reads a record from before the split: only labels still declared urgent are urgent', () => {
    const old = { urgent: ['Under 18', 'May be at risk', 'Something long gone'] };
    expect(flagsOf(old)).toEqual({
      urgent: ['May be at risk'],
      markers: ['Under 18', 'Something long gone'],
    });
    expect(flagsOf({ urgent: ['Under 18'] })).toEqual({ urgent: [], markers: ['Under 18'] });
    expect(isUrgent(['Under 18'])).toBe(false);
  });

  it('gives the urgent first-contact target for urgency only', () => {
    const nuisance = form('nuisance');
    expect(targetDays({ urgent: ['Threats or intimidation'] }, nuisance, serviceConfig)).toBe(
      nuisance.progress.target.urgentDays,
    );
    // An old record whose only label is a marker now waits the ordinary target.
    expect(targetDays({ urgent: ['Very dissatisfied'] }, nuisance, serviceConfig)).toBe(
      nuisance.progress.target.days,
    );
  });

  it('declares every urgent label once, and never the same label as a marker', () => {
    const markers = new Set(
      ['referral', 'nuisance', 'feedback'].flatMap((id) => form(id).markers.map((m) => m.label)),
    );
    for (const label of URGENT_LABELS) expect(markers.has(label), label).toBe(false);
  });
});
