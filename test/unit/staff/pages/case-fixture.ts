import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { findForm } from '../../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../../functions/forms/types.ts';
import { validateAnswers } from '../../../../functions/forms/validate.ts';
import type { StepEntry } from '../../../../functions/progress/types.ts';
import { buildRecord, type SubmissionRecord } from '../../../../functions/submissions/record.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../../support/valid-answers.ts';
import { HOSTILE } from './page-checks.ts';

export const referral = findForm('referral') as FormDefinition;

/** A referral whose free text, name, area and urgent markers hold hostile text, with two steps. */
export const hostileRecord = (): SubmissionRecord => {
  const result = validateAnswers(referral, VALID_ANSWERS.referral ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const record = buildRecord(
    referral,
    serviceConfig,
    result.answers,
    'RJ-7KQM-4XPD',
    new Date('2026-11-22T10:00:00Z'),
  );
  const first: StepEntry = {
    id: 'entry-1',
    step: 'first-contact',
    on: '2026-11-23',
    detail: 'email',
    note: HOSTILE,
    by: 'sub-2',
    byName: HOSTILE,
    recordedAt: '2026-11-23T10:00:00.000Z',
  };
  return {
    ...record,
    answers: { ...record.answers, name: HOSTILE, area: HOSTILE, whatHappened: HOSTILE },
    urgent: [HOSTILE],
    steps: [first],
    assignee: 'sub-2',
  };
};
