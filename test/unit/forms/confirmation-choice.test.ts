import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import {
  ANSWER_DAY,
  ON_BEHALF_REFERRER,
  PROFESSIONAL_REFERRER,
  VALID_ANSWERS,
} from '../../support/valid-answers.ts';

const form = (id: string) => findForm(id) as FormDefinition;

/** The address the form's rule gives for these answers, after validation (as the handler stores them). */
const confirmationTo = (formId: string, answers: Record<string, unknown>) => {
  const result = validateAnswers(form(formId), { ...VALID_ANSWERS[formId], ...answers }, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return form(formId).contact?.confirmationEmail(result.answers);
};

const { wantsConfirmation: _, ...referralWithoutChoice } = VALID_ANSWERS.referral ?? {};
const NUISANCE_EMAIL = { safeWays: ['email'], email: 'alex@example.com' };
const FEEDBACK_EMAIL = { mayContact: 'yes', safeWays: ['email'], email: 'pat@example.com' };

describe('the choice of a confirmation email', () => {
  it('is asked on every form that can send one, as optional radios with nothing chosen', () => {
    for (const id of ['referral', 'nuisance', 'feedback']) {
      const question = questionsOf(form(id).sections).find((q) => q.id === 'wantsConfirmation');
      expect(question, id).toMatchObject({
        type: 'radios',
        label: 'Do you want a confirmation email?',
        required: false,
        // Asked only beside an email address marked safe.
        showIf: { question: 'safeWays', oneOf: ['email'] },
      });
      expect(question?.options?.map((o) => o.value)).toEqual(['yes', 'no']);
    }
  });

  it('is asked of a professional about their work address', () => {
    const question = questionsOf(form('referral').sections).find((q) => q.id === 'wantsWorkConfirmation');
    expect(question).toMatchObject({
      required: false,
      showIf: { question: 'referrerType', oneOf: ['professional'] },
    });
  });

  it('sends nothing when nothing was chosen, or no', () => {
    const result = validateAnswers(form('referral'), referralWithoutChoice, ANSWER_DAY);
    if (!result.ok) throw new Error('invalid');
    expect(form('referral').contact?.confirmationEmail(result.answers)).toBeUndefined();
    expect(confirmationTo('referral', { wantsConfirmation: 'no' })).toBeUndefined();
    expect(confirmationTo('nuisance', NUISANCE_EMAIL)).toBeUndefined();
    expect(confirmationTo('nuisance', { ...NUISANCE_EMAIL, wantsConfirmation: 'no' })).toBeUndefined();
    expect(confirmationTo('feedback', FEEDBACK_EMAIL)).toBeUndefined();
    expect(
      confirmationTo('referral', { ...PROFESSIONAL_REFERRER, wantsWorkConfirmation: 'no' }),
    ).toBeUndefined();
  });

  it('sends to the person’s own address only when they chose yes and marked email safe', () => {
    expect(confirmationTo('referral', {})).toBe('sam@example.com');
    expect(confirmationTo('nuisance', { ...NUISANCE_EMAIL, wantsConfirmation: 'yes' })).toBe(
      'alex@example.com',
    );
    expect(confirmationTo('feedback', { ...FEEDBACK_EMAIL, wantsConfirmation: 'yes' })).toBe(
      'pat@example.com',
    );
    // A yes without email marked safe is not an answer that applies: it is dropped, and nothing goes.
    expect(confirmationTo('referral', { safeWays: ['text'], wantsConfirmation: 'yes' })).toBeUndefined();
    expect(confirmationTo('feedback', { mayContact: 'no', wantsConfirmation: 'yes' })).toBeUndefined();
  });

  it('sends a professional’s to their work address, never to the person they refer', () => {
    expect(confirmationTo('referral', PROFESSIONAL_REFERRER)).toBe(PROFESSIONAL_REFERRER.workEmail);
    expect(
      confirmationTo('referral', { ...PROFESSIONAL_REFERRER, wantsWorkConfirmation: 'no' }),
    ).toBeUndefined();
  });

  it('sends nothing for a referral on someone’s behalf, even with yes and email safe: the address is theirs, and they did not ask', () => {
    expect(confirmationTo('referral', { ...ON_BEHALF_REFERRER, wantsConfirmation: 'yes' })).toBeUndefined();
  });

  it('is explained on the confirmation page: nothing goes unless asked for', () => {
    for (const id of ['referral', 'nuisance', 'feedback'])
      expect(form(id).contact?.whenEmailed, id).toMatch(/asked for one/);
  });
});
