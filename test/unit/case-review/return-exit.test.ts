import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { caseReview } from '../../../functions/forms/case-review.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { parse } from '../pages/dom.ts';

/** Where the page's Exit this page button goes. */
const exitLink = (page: string) => parse(page)('.govuk-exit-this-page a').attr('href');

describe('Exit this page on the Case Review application', () => {
  it('goes through the /return/ exit (ending the session) when the form came from a case', () => {
    // Shown again after a failed post: the case's signed link is among the values sent.
    const again = { values: { fromCase: 'NR-AAAA-BBBB.signed' }, errors: [] };
    expect(exitLink(renderFormPage(caseReview, serviceConfig, again))).toBe('/return/exit');
    expect(exitLink(renderFormPage(localiseForm(caseReview, 'cy'), serviceConfig, again))).toBe(
      '/cy/return/exit',
    );
  });

  it('goes straight to the exit site otherwise', () => {
    expect(exitLink(renderFormPage(caseReview, serviceConfig))).toBe(serviceConfig.exitPageUrl);
    expect(exitLink(renderFormPage(caseReview, serviceConfig, { values: {}, errors: [] }))).toBe(
      serviceConfig.exitPageUrl,
    );
  });
});
