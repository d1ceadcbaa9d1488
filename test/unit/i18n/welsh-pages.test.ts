import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { formatConfirmation } from '../../../functions/email/format-confirmation.ts';
import { formatTeamEmail } from '../../../functions/email/format-team-email.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { localiseConfig } from '../../../functions/i18n/localise-config.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { renderConfirmationPage } from '../../../functions/pages/confirmation-page.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { englishLeftOn } from '../../support/english-left.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const welshConfig = localiseConfig(serviceConfig, 'cy');
const referral = findForm('referral') as FormDefinition;

const recordOf = (form: FormDefinition, answers: Record<string, unknown>) => {
  const result = validateAnswers(form, answers, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildRecord(form, serviceConfig, result.answers, 'RJ-7KQM-4XPD', new Date('2026-11-22T10:00:00Z'));
};

describe.each(FORMS.map((f) => [f.id, localiseForm(f, 'cy')] as const))(
  'the %s form in Welsh',
  (_id, form) => {
    it('has no English string from the catalogue, empty or with every problem shown', () => {
      const empty = validateAnswers(form, {}, ANSWER_DAY);
      const errors = empty.ok ? [] : empty.errors;
      expect(errors.length).toBeGreaterThan(0);
      expect(englishLeftOn(renderFormPage(form, welshConfig))).toEqual([]);
      expect(englishLeftOn(renderFormPage(form, welshConfig, { values: {}, errors }))).toEqual([]);
    });

    it('posts its language, so problems and the confirmation come back in Welsh', () => {
      expect(renderFormPage(form, welshConfig)).toContain(
        '<input type="hidden" name="formLanguage" value="cy">',
      );
    });

    it('has a Welsh confirmation page with no English string from the catalogue', () => {
      const html = renderConfirmationPage(form, welshConfig, `${form.referencePrefix}-7KQM-4XPD`);
      expect(html).toContain('<html lang="cy"');
      expect(englishLeftOn(html)).toEqual([]);
    });
  },
);

describe('Welsh typography', () => {
  it("keeps ŵ, ŷ and the apostrophe of “i’r” and “i'r” through HTML escaping", () => {
    const html = renderFormPage(localiseForm(referral, 'cy'), welshConfig);
    expect(html).toContain('65 neu hŷn');
    expect(html).toContain('A gafodd ei riportio i’r heddlu?');
    const again = renderFormPage(localiseForm(referral, 'cy'), welshConfig, {
      values: { name: "Dŵr i'r môr" },
      errors: [],
    });
    expect(again).toContain('value="Dŵr i&#39;r môr"');
  });
});

describe('the person’s language reaches the team and the confirmation email', () => {
  const welshReferral = localiseForm(referral, 'cy');

  it('stores the language of the form when the question is left unanswered', () => {
    expect(recordOf(welshReferral, VALID_ANSWERS.referral ?? {}).language).toBe('cy');
    expect(recordOf(referral, VALID_ANSWERS.referral ?? {}).language).toBe('en');
  });

  it('stores the language chosen, whatever the language of the form', () => {
    expect(recordOf(referral, { ...VALID_ANSWERS.referral, contactLanguage: 'cy' }).language).toBe('cy');
  });

  it('tells the team first that the person wants Welsh, subject included', () => {
    const email = formatTeamEmail(
      referral,
      serviceConfig,
      recordOf(welshReferral, VALID_ANSWERS.referral ?? {}),
    );
    expect(email.subject).toBe('[Welsh] New restorative justice referral RJ-7KQM-4XPD');
    expect(email.text.split('\n')[1]).toBe(
      'Language for contact: Welsh (Cymraeg). Write and speak to them in Welsh.',
    );
  });

  it('writes the confirmation email in Welsh, with the Welsh characters intact', () => {
    const record = recordOf(referral, { ...VALID_ANSWERS.referral, contactLanguage: 'cy' });
    const email = formatConfirmation(referral, serviceConfig, record, 'sam@example.com');
    // Neutral in Welsh too: the reference alone, from a sender that names nobody.
    expect(email.subject).toBe('Eich cyfeirnod RJ-7KQM-4XPD');
    expect(email.fromName).toBe('Cyfeirnod');
    expect(email.text).toContain('Rydym wedi cael eich neges.\n\nEich cyfeirnod yw RJ-7KQM-4XPD.');
    expect(email.text).toContain('Os na wnaethoch ofyn am yr e-bost hwn');
    expect(email.text).toContain('Byddwn yn darllen eich neges.');
    expect(email.html).toContain('<html lang="cy">');
    expect(email.html).toContain('Os byddwn yn cysylltu â chi');
    expect(englishLeftOn(email.html)).toEqual([]);
  });

  it('falls back to English when the deployment has switched Welsh off since', () => {
    const record = recordOf(referral, { ...VALID_ANSWERS.referral, contactLanguage: 'cy' });
    const email = formatConfirmation(
      referral,
      { ...serviceConfig, languages: ['en'] },
      record,
      'sam@example.com',
    );
    expect(email.text).toContain('We have received your message.');
    expect(email.subject).toBe('Your reference RJ-7KQM-4XPD');
    expect(email.fromName).toBe('Reference number');
  });
});
