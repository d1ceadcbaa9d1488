import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { caseReviewHref, caseReviewUrl } from '../../../functions/returning/case-review-link.ts';

const withLink = (link?: string): ServiceConfig => ({
  ...serviceConfig,
  caseReviewNotice: link === undefined ? {} : { link },
});

describe('where the Case Review notice leads', () => {
  it('is the service’s own application form by default, the Welsh form for a Welsh reader', () => {
    expect(caseReviewHref(withLink(), 'en')).toBe('/case-review/');
    expect(caseReviewHref(withLink(), 'cy')).toBe('/cy/case-review/');
  });

  it('is the deployer’s page on this site in the reader’s language, their own address as given', () => {
    expect(caseReviewHref(withLink('/asb/case-review/'), 'cy')).toBe('/cy/asb/case-review/');
    expect(caseReviewHref(withLink('/cy/adolygiad/'), 'cy')).toBe('/cy/adolygiad/');
    expect(caseReviewHref(withLink('/cy/adolygiad/'), 'en')).toBe('/cy/adolygiad/');
    const own = 'https://www.example.gov.uk/asb-case-review';
    expect(caseReviewHref(withLink(own), 'cy')).toBe(own);
  });

  it('is a whole address on this site for an email', () => {
    expect(caseReviewUrl({ ...withLink(), siteUrl: 'https://rj.example.org' }, 'cy')).toBe(
      'https://rj.example.org/cy/case-review/',
    );
    expect(
      caseReviewUrl(
        { ...withLink('https://council.example.gov.uk/cr'), siteUrl: 'https://rj.example.org' },
        'en',
      ),
    ).toBe('https://council.example.gov.uk/cr');
  });
});
