import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import {
  ANSWER_DAY,
  ON_BEHALF_REFERRER,
  PROFESSIONAL_REFERRER,
  VALID_ANSWERS,
} from '../../support/valid-answers.ts';

const recordOf = (formId: string, answers: Record<string, unknown>) => {
  const form = findForm(formId);
  if (!form) throw new Error(formId);
  const result = validateAnswers(form, { ...VALID_ANSWERS[formId], ...answers }, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildRecord(form, serviceConfig, result.answers, 'RJ-7KQM-4XPD', new Date('2026-11-22T10:00:00Z'));
};

describe('whether a record owes its submitter a confirmation', () => {
  it('is due where the form’s rule gives an address', () => {
    expect(recordOf('referral', { safeWays: ['email'] }).confirmationDue).toBe(true);
    expect(recordOf('referral', { ...PROFESSIONAL_REFERRER, safeWays: ['phone'] }).confirmationDue).toBe(
      true,
    );
    expect(
      recordOf('nuisance', { safeWays: ['email'], email: 'alex@example.com', wantsConfirmation: 'yes' })
        .confirmationDue,
    ).toBe(true);
    expect(
      recordOf('feedback', {
        mayContact: 'yes',
        safeWays: ['email'],
        email: 'fb@example.com',
        wantsConfirmation: 'yes',
      }).confirmationDue,
    ).toBe(true);
  });

  it('is not due where it gives none', () => {
    expect(recordOf('referral', { safeWays: ['phone'] }).confirmationDue).toBe(false);
    expect(recordOf('referral', ON_BEHALF_REFERRER).confirmationDue).toBe(false);
    expect(recordOf('nuisance', {}).confirmationDue).toBe(false);
    expect(recordOf('nuisance', { safeWays: ['email'], email: 'alex@example.com' }).confirmationDue).toBe(
      false,
    );
    expect(recordOf('referral', { wantsConfirmation: 'no' }).confirmationDue).toBe(false);
    expect(recordOf('feedback', {}).confirmationDue).toBe(false);
  });

  it('stores only yes or no: the address is in the answers once, and nowhere else', () => {
    const record = recordOf('referral', { safeWays: ['email'], email: 'sam.only-once@example.com' });
    const { answers, ...rest } = record;
    expect(JSON.stringify(answers).split('sam.only-once@example.com')).toHaveLength(2);
    expect(JSON.stringify(rest)).not.toContain('@');
    expect(Object.keys(rest).sort()).toEqual([
      'confirmationDue',
      'createdAt',
      'expiresAt',
      'formId',
      'kind',
      'language',
      'lookup',
      'markers',
      'pk',
      'reference',
      'schemaVersion',
      'team',
      'urgent',
    ]);
  });
});
