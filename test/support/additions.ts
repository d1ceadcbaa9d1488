import { serviceConfig } from '../../functions/config/service-config.ts';
import { findForm } from '../../functions/forms/registry.ts';
import type { Answers, FormDefinition } from '../../functions/forms/types.ts';
import { validateAnswers } from '../../functions/forms/validate.ts';
import type { Addition, AdditionKind } from '../../functions/returning/types.ts';
import { buildRecord, type SubmissionRecord } from '../../functions/submissions/record.ts';
import { ANSWER_DAY, VALID_ANSWERS } from './valid-answers.ts';

/**
 * Records with additions built directly (the public /return/ pages are another part's): a valid
 * submission as sent, and additions with fixed times and ids, so tests need no clock.
 */
export const recordOf = (
  formId: string,
  reference: string,
  at = '2026-11-02T10:00:00Z',
): SubmissionRecord => {
  const form = findForm(formId) as FormDefinition;
  const result = validateAnswers(form, VALID_ANSWERS[formId] ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildRecord(form, serviceConfig, result.answers, reference, new Date(at));
};

export const addition = (
  kind: AdditionKind,
  at: string,
  answers: Answers,
  overrides: Partial<Addition> = {},
): Addition => ({
  id: `${kind}-${at}`,
  kind,
  at,
  answers,
  urgent: [],
  language: 'en',
  ...overrides,
});

/** The referral's safe-contact questions, as its returning spec names them. */
export const REFERRAL_CONTACT_QUESTIONS = [
  'safeWays',
  'phone',
  'email',
  'wantsConfirmation',
  'postalAddress',
  'contactTimes',
  'contactLanguage',
];

/** A form as it will be once its returning spec is written (another part writes the real ones). */
export const withReturning = (form: FormDefinition, contactQuestions: string[]): FormDefinition => ({
  ...form,
  returning: {
    addition: {
      kind: 'update',
      title: 'Tell us something',
      urgency: [],
      sections: [
        {
          id: 'update',
          title: 'Update',
          questions: [
            {
              id: 'update',
              type: 'textarea',
              label: 'What do you want the team to know?',
              required: true,
              errorName: 'what you want the team to know',
            },
          ],
        },
      ],
    },
    contactQuestions,
  },
});
