import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { submissionView } from '../../../functions/staff/case-view.ts';
import { submissionPage } from '../../../functions/staff/pages/submission-page.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const member = { sub: 'sub-1', name: 'Alex', email: 'alex@example.org', teams: [], admin: false };
const referral = findForm('referral') as FormDefinition;

const pageFor = (filledIn: FormDefinition) => {
  const result = validateAnswers(filledIn, VALID_ANSWERS.referral ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const record = buildRecord(
    filledIn,
    serviceConfig,
    result.answers,
    'RJ-7KQM-4XPD',
    new Date('2026-11-22T10:00:00Z'),
  );
  // The workspace always reads the English definition; the record carries the language.
  return String(
    submissionPage(
      submissionView({
        config: serviceConfig,
        member,
        csrfToken: 'csrf',
        links: [],
        form: referral,
        record,
        openings: [],
        members: [],
      }),
    ),
  );
};

describe('the workspace’s submission page', () => {
  it('says first, in the safe-contact box, that the person wants Welsh', () => {
    const html = pageFor(localiseForm(referral, 'cy'));
    const box = html.slice(html.indexOf('app-safe-contact'));
    expect(box.indexOf('Language for contact: Welsh (Cymraeg)')).toBeLessThan(box.indexOf('</div>'));
    expect(html).toContain('data-contact-language="cy"');
  });

  it('says English for a form filled in English', () => {
    expect(pageFor(referral)).toContain('Language for contact: English');
  });
});
