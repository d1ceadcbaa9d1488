import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { CASE_REVIEW_FIGURES_PATHS } from '../../../functions/contract/service-contract.ts';
import { caseReview } from '../../../functions/forms/case-review.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { parse } from '../pages/dom.ts';

/** The links in a page's main content that go to the figures page, in any language. */
const figuresLinks = (markup: string) => {
  const $ = parse(markup);
  return $('main a[href*="/case-review/figures/"]')
    .toArray()
    .map((a) => ({ href: $(a).attr('href'), text: $(a).text(), paragraph: $(a).parent().text() }));
};

describe('the Case Review application links to the published figures (issue 23 item 7)', () => {
  it('in English, under the description and before the questions', () => {
    const markup = renderFormPage(caseReview, serviceConfig);
    expect(figuresLinks(markup)).toEqual([
      {
        href: CASE_REVIEW_FIGURES_PATHS.page(),
        text: 'ASB Case Review figures',
        paragraph:
          'To see how many applications we have had and how many led to a review, read our ASB Case Review figures.',
      },
    ]);
    expect(markup.indexOf('/case-review/figures/')).toBeLessThan(markup.indexOf('<form'));
  });

  it('in Welsh, to the Welsh figures page', () => {
    const markup = renderFormPage(localiseForm(caseReview, 'cy'), serviceConfig);
    expect(figuresLinks(markup)).toEqual([
      {
        href: CASE_REVIEW_FIGURES_PATHS.page('cy'),
        text: 'ffigurau’r Adolygiad Achos YGG',
        paragraph:
          'I weld faint o geisiadau rydym wedi’u cael a faint a arweiniodd at adolygiad, darllenwch ffigurau’r Adolygiad Achos YGG.',
      },
    ]);
    expect(CASE_REVIEW_FIGURES_PATHS.page('cy')).toBe('/cy/case-review/figures/');
  });

  it('and no other form does', () => {
    for (const form of FORMS.filter((f) => f.id !== caseReview.id)) {
      for (const language of ['en', 'cy'] as const) {
        expect(figuresLinks(renderFormPage(localiseForm(form, language), serviceConfig))).toEqual([]);
      }
    }
  });
});
