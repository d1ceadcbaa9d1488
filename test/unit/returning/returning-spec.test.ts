import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../functions/forms/define-form.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { URGENT_LABELS } from '../../../functions/forms/urgency.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import type { ReturnCaseView } from '../../../functions/returning/actions.ts';
import { offeredActions } from '../../../functions/returning/offered.ts';
import { returningProblems } from '../../../functions/returning/spec-problems.ts';

const nuisance = findForm('nuisance') as FormDefinition;
const referral = findForm('referral') as FormDefinition;
const feedback = findForm('feedback') as FormDefinition;

describe('what each form lets a person do when they come back', () => {
  it('nuisance: an incident with the form’s own urgent markers, changing contact, the Case Review notice; no withdrawing', () => {
    expect(nuisance.returning?.addition.kind).toBe('incident');
    expect(nuisance.returning?.addition.urgency.map((m) => m.label)).toEqual(
      nuisance.urgency.map((m) => m.label),
    );
    expect(nuisance.returning?.caseReviewNotice).toBe(true);
    expect(nuisance.returning?.withdraw).toBeUndefined();
  });

  it('referral: an update (urgent when someone is at risk now), changing contact, withdrawing', () => {
    expect(referral.returning?.addition.kind).toBe('update');
    expect(referral.returning?.addition.urgency.map((m) => m.label)).toEqual(['May be at risk']);
    expect(referral.returning?.withdraw?.sections.flatMap((s) => s.questions.map((q) => q.required))).toEqual(
      [false],
    );
  });

  it('every urgent label an addition can carry is one the inbox’s urgent filter knows', () => {
    for (const form of [nuisance, referral]) {
      for (const marker of form.returning?.addition.urgency ?? [])
        expect(URGENT_LABELS).toContain(marker.label);
    }
  });

  it('the anonymous feedback form offers no way back', () => {
    expect(feedback.returning).toBeUndefined();
  });

  it('lists the actions each form offers, for the router and the status page', () => {
    const view = (form: FormDefinition, extra: Partial<ReturnCaseView> = {}): ReturnCaseView => ({
      reference: `${form.referencePrefix}-7KQM-4XPD`,
      formId: form.id,
      createdAt: '2026-12-01T10:00:00.000Z',
      team: 'asb',
      closed: false,
      additions: [],
      expiresAt: 1_900_000_000,
      ...extra,
    });
    expect(offeredActions(nuisance, view(nuisance))).toEqual(['add', 'evidence', 'contact']);
    expect(offeredActions(referral, view(referral))).toEqual(['add', 'evidence', 'contact', 'withdraw']);
    expect(offeredActions(feedback, view(feedback))).toEqual([]);
    // Withdrawn once is enough: the link goes.
    const withdrawn = view(referral, { withdrawnAt: '2026-12-02T10:00:00.000Z' });
    expect(offeredActions(referral, withdrawn)).toEqual(['add', 'evidence', 'contact']);
  });

  it('in Welsh, the pages’ questions carry the language so their messages are Welsh too', () => {
    const welsh = localiseForm(nuisance, 'cy').returning;
    expect(welsh?.addition.title).toBe('Dweud wrthym am rywbeth sydd wedi digwydd ers hynny');
    const questions = welsh?.addition.sections.flatMap((s) => s.questions) ?? [];
    expect(questions.every((q) => q.language === 'cy')).toBe(true);
    expect(questions.find((q) => q.id === 'behaviours')?.options?.[0]?.label).toBe('Sŵn');
    expect(localiseForm(referral, 'cy').returning?.withdraw?.title).toBe(
      'Dweud nad ydych eisiau cymryd rhan mwyach',
    );
  });
});

describe('a returning spec that does not hang together stops the definition', () => {
  const broken = (returning: NonNullable<FormDefinition['returning']>) => ({ ...referral, returning });
  const spec = referral.returning as NonNullable<FormDefinition['returning']>;

  it('names a contact question the form does not ask', () => {
    expect(returningProblems(broken({ ...spec, contactQuestions: ['safeWays', 'pager'] }))).toEqual([
      "returning.contactQuestions: pager is not one of the form's questions",
    ]);
  });

  it('names a contact question asked without the one it depends on', () => {
    expect(returningProblems(broken({ ...spec, contactQuestions: ['phone'] }))).toEqual([
      'returning.contactQuestions: phone depends on safeWays, which is not asked with it',
    ]);
  });

  it('names a follow-up on a page before the question it depends on', () => {
    const [first] = spec.addition.sections;
    if (!first) throw new Error('no section');
    const addition = {
      ...spec.addition,
      sections: [
        {
          ...first,
          questions: [
            { ...first.questions[0], id: 'early', showIf: { question: 'update', oneOf: ['x'] } },
            ...first.questions,
          ],
        },
      ],
    } as typeof spec.addition;
    expect(() => defineForm(broken({ ...spec, addition }))).toThrow(
      'Form referral: returning.addition: early depends on update, which must come before it',
    );
  });

  it('counts second reports only where additions are incidents', () => {
    expect(returningProblems(broken({ ...spec, caseReviewNotice: true }))).toEqual([
      'returning.caseReviewNotice: only a form whose additions are incidents counts second reports',
    ]);
  });
});
