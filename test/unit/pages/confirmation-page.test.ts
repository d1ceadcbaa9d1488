import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { formInLanguage } from '../../../functions/http/form-language.ts';
import {
  confirmationTitle,
  renderConfirmationPage,
  whatHappensNext,
} from '../../../functions/pages/confirmation-page.ts';
import { errorSummaryHtml } from '../../../functions/pages/error-summary.ts';
import { expectSoundPage, parse } from './dom.ts';

describe.each(FORMS.map((f) => [f.id, f] as const))('renderConfirmationPage for %s', (_id, form) => {
  const html = renderConfirmationPage(form, serviceConfig, 'RJ-ABCD-2345');

  it('shows the reference in a confirmation panel', () => {
    expect(html).toContain('<strong data-reference>RJ-ABCD-2345</strong>');
    expect(html).toContain('govuk-panel--confirmation');
  });

  it('says what happens next, from the definition', () => {
    for (const step of whatHappensNext(form, serviceConfig)) expect(html).toContain(step);
    expect(html).not.toContain('{days}');
  });

  it('says when a confirmation email is sent, from the definition', () => {
    expect(form.contact?.whenEmailed).toBeTruthy();
    expect(html).toContain(form.contact?.whenEmailed);
  });

  it('gives the contact details from configuration', () => {
    expect(html).toContain(serviceConfig.contact.phone);
    expect(html).toContain(serviceConfig.contact.email);
    expect(html).toContain(serviceConfig.contact.hours);
  });

  it('links to the feedback form, except from feedback itself and the Case Review (no meeting of that kind)', () => {
    expect(html.includes('href="/feedback/"')).toBe(form.id !== 'feedback' && form.id !== 'case-review');
  });
});

describe('the confirmation’s promise comes from the form’s first-contact target (issue 20)', () => {
  const page = (id: string, language: 'en' | 'cy' = 'en', settings = serviceConfig) => {
    const found = FORMS.find((f) => f.id === id);
    if (!found) throw new Error(id);
    const { form, config } = formInLanguage(found, settings, language);
    return renderConfirmationPage(form, config, 'RJ-ABCD-2345');
  };

  it('promises a referral within 2 working days and a nuisance report within 5, as their targets say', () => {
    expect(page('referral')).toContain('will read your referral within 2 working days.');
    expect(page('nuisance')).toContain('will read your report within 5 working days.');
  });

  it('says it in grammatical Welsh: 2 ddiwrnod (soft mutation after 2), 5 diwrnod', () => {
    expect(page('referral', 'cy')).toContain('o fewn 2 ddiwrnod gwaith.');
    expect(page('nuisance', 'cy')).toContain('o fewn 5 diwrnod gwaith.');
  });

  it('follows the deployer’s target where the configuration sets one', () => {
    const settings = serviceConfig.forms.referral;
    if (!settings) throw new Error('referral settings');
    const config = {
      ...serviceConfig,
      forms: { ...serviceConfig.forms, referral: { ...settings, firstContactTarget: { days: 1 } } },
    };
    expect(page('referral', 'en', config)).toContain('within 1 working day.');
    expect(page('referral', 'cy', config)).toContain('o fewn 1 diwrnod gwaith.');
  });
});

it('escapes the reference', () => {
  const [form] = FORMS;
  if (!form) throw new Error('no forms');
  expect(renderConfirmationPage(form, serviceConfig, '<b>')).toContain('&lt;b&gt;');
});

describe('errorSummaryHtml', () => {
  it('shows problems with the whole form as text, and the rest as links', () => {
    const html = String(
      errorSummaryHtml(
        [
          { field: '', message: 'Try again later' },
          { field: 'name', message: 'Enter your name' },
        ],
        'There is a problem',
      ),
    );
    // govuk-frontend's error summary: problems with the whole form are its description.
    expect(html).toContain('<p>Try again later</p>');
    expect(html).toContain('<li><a href="#name">Enter your name</a></li>');
    expect(html).toContain('role="alert"');
  });
});

describe.each(FORMS.flatMap((f) => (['en', 'cy'] as const).map((l) => [f.id, l, f] as const)))(
  'the %s confirmation (%s) as a browser reads it',
  (_id, language, englishForm) => {
    it('is a sound page whose h1 is the panel’s title', () => {
      const { form, config } = formInLanguage(englishForm, serviceConfig, language);
      const $ = parse(renderConfirmationPage(form, config, `${form.referencePrefix}-ABCD-2345`));
      expectSoundPage($);
      expect($('.govuk-panel h1').text().trim()).toBe(confirmationTitle(form));
    });
  },
);
