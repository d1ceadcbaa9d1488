import { describe, expect, it } from 'vitest';
import { signCaseLink, verifiedCaseLink } from '../../../functions/case-review/case-link.ts';
import { FROM_INCIDENT, FROM_REPORT, prefilledComplaints } from '../../../functions/case-review/prefill.ts';
import { offersCaseReview } from '../../../functions/case-review/prefilled-application.ts';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';

const nuisance = findForm('nuisance') as FormDefinition;
const incident = (at: string, happenedOn: string, description: string) => ({
  kind: 'incident' as const,
  at,
  answers: { happenedOn, description, behaviours: ['noise'] },
});

describe('the complaints pre-filled from a nuisance case', () => {
  const facts = {
    reference: 'NR-AAAA-BBBB',
    // 23:30 on 1 March UTC is still 1 March in London; 23:30 on 1 July UTC is 2 July (summer time).
    createdAt: '2027-03-01T23:30:00.000Z',
    answers: { mostRecent: '2027-02-27', description: 'Music through the wall every night.' },
    additions: [
      incident('2027-07-01T23:30:00.000Z', '2027-07-01', 'Shouting on the stairs.'),
      { kind: 'contact' as const, at: '2027-04-01T10:00:00.000Z', answers: { phone: '07700 900123' } },
      incident('2027-04-10T09:00:00.000Z', '2027-04-09', 'Rubbish at my door.'),
    ],
  };

  it('gives the report and each incident as a complaint to the council, oldest first, under the case reference', () => {
    expect(prefilledComplaints(facts)).toEqual({
      complaintCount: '3',
      'complaint1Behaviour-day': '27',
      'complaint1Behaviour-month': '2',
      'complaint1Behaviour-year': '2027',
      'complaint1Made-day': '1',
      'complaint1Made-month': '3',
      'complaint1Made-year': '2027',
      complaint1To: 'council',
      complaint1Reference: 'NR-AAAA-BBBB',
      complaint1What: 'Music through the wall every night.',
      'complaint2Behaviour-day': '9',
      'complaint2Behaviour-month': '4',
      'complaint2Behaviour-year': '2027',
      'complaint2Made-day': '10',
      'complaint2Made-month': '4',
      'complaint2Made-year': '2027',
      complaint2To: 'council',
      complaint2Reference: 'NR-AAAA-BBBB',
      complaint2What: 'Rubbish at my door.',
      'complaint3Behaviour-day': '1',
      'complaint3Behaviour-month': '7',
      'complaint3Behaviour-year': '2027',
      'complaint3Made-day': '2',
      'complaint3Made-month': '7',
      'complaint3Made-year': '2027',
      complaint3To: 'council',
      complaint3Reference: 'NR-AAAA-BBBB',
      complaint3What: 'Shouting on the stairs.',
    });
  });

  it('keeps the latest five when there are more, and cuts a long account to what the question holds', () => {
    const many = {
      ...facts,
      additions: Array.from({ length: 6 }, (_, i) =>
        incident(`2027-05-${String(10 + i)}T09:00:00.000Z`, `2027-05-0${i + 1}`, 'x'.repeat(1200)),
      ),
    };
    const fields = prefilledComplaints(many);
    expect(fields.complaintCount).toBe('5');
    // The report (1 March) and the first incident (10 May) are the oldest, so left out.
    expect(fields['complaint1Made-day']).toBe('11');
    expect(fields['complaint5Made-day']).toBe('15');
    expect(fields.complaint1What).toHaveLength(1000);
    expect(fields.complaint1What?.endsWith('…')).toBe(true);
  });

  it('leaves a behaviour day out when the case has none, for them to give', () => {
    const fields = prefilledComplaints({ ...facts, answers: {}, additions: [] });
    expect(fields.complaintCount).toBe('1');
    expect(fields['complaint1Behaviour-day']).toBeUndefined();
    expect(fields.complaint1What).toBe('');
  });

  it('reads answers the nuisance form and its incidents really ask', () => {
    const report = questionsOf(nuisance.sections).map((q) => q.id);
    const added = questionsOf(nuisance.returning?.addition.sections ?? []).map((q) => q.id);
    expect(report).toEqual(expect.arrayContaining(Object.values(FROM_REPORT)));
    expect(added).toEqual(expect.arrayContaining(Object.values(FROM_INCIDENT)));
  });

  it('is offered where the form tells people about the Case Review, and nowhere else', () => {
    expect(offersCaseReview(nuisance)).toBe(true);
    expect(offersCaseReview(findForm('referral') as FormDefinition)).toBe(false);
    expect(offersCaseReview(findForm('case-review') as FormDefinition)).toBe(false);
  });
});

describe('the signed case link an application carries', () => {
  const key = Buffer.alloc(32, 7);
  const now = new Date('2027-07-02T10:00:00.000Z');
  const link = signCaseLink(key, 'NR-AAAA-BBBB', now);

  it('records the case it was signed for, for a day', () => {
    expect(verifiedCaseLink(key, link, now)).toBe('NR-AAAA-BBBB');
    expect(verifiedCaseLink(key, link, new Date(now.getTime() + 23 * 3600_000))).toBe('NR-AAAA-BBBB');
    expect(verifiedCaseLink(key, link, new Date(now.getTime() + 25 * 3600_000))).toBeUndefined();
  });

  it('records nothing for a reference typed in, another case, or another key', () => {
    const [, until, mac] = link.split('.');
    expect(verifiedCaseLink(key, 'NR-AAAA-BBBB', now)).toBeUndefined();
    expect(verifiedCaseLink(key, `NR-CCCC-DDDD.${until}.${mac}`, now)).toBeUndefined();
    expect(verifiedCaseLink(key, `NR-AAAA-BBBB.${Number(until) + 1}.${mac}`, now)).toBeUndefined();
    expect(verifiedCaseLink(Buffer.alloc(32, 8), link, now)).toBeUndefined();
    expect(verifiedCaseLink(key, ['x'], now)).toBeUndefined();
  });
});
