import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { formInLanguage } from '../../../functions/http/form-language.ts';
import { confirmationTitle, renderConfirmationPage } from '../../../functions/pages/confirmation-page.ts';
import { errorSummaryHtml } from '../../../functions/pages/error-summary.ts';
import { expectSoundPage, parse } from './dom.ts';

describe.each(FORMS.map((f) => [f.id, f] as const))('renderConfirmationPage for %s', (_id, form) => {
  const html = renderConfirmationPage(form, serviceConfig, 'RJ-ABCD-2345');

  it('shows the reference in a confirmation panel', () => {
    expect(html).toContain('<strong data-reference>RJ-ABCD-2345</strong>');
    expect(html).toContain('govuk-panel--confirmation');
  });

  it('says what happens next, from the definition', () => {
    for (const step of form.whatHappensNext) expect(html).toContain(step.replace(/’/g, '’'));
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

  it('links to the feedback form, except from feedback itself', () => {
    expect(html.includes('href="/feedback/"')).toBe(form.id !== 'feedback');
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
