import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { missingMessage } from '../../../functions/forms/question-types/index.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { formInLanguage } from '../../../functions/http/form-language.ts';
import { renderFormMain, toAnswers } from '../../../functions/pages/form.ts';
import { expectErrorLinksResolve, expectEveryFieldLabelled, expectHeadingsInOrder, parse } from './dom.ts';

describe.each(FORMS.flatMap((f) => (['en', 'cy'] as const).map((l) => [f.id, l, f] as const)))(
  'the %s form (%s) with every required question unanswered',
  (_id, language, englishForm) => {
    const { form, config } = formInLanguage(englishForm, serviceConfig, language);
    const required = questionsOf(form.sections).filter((q) => q.required && !q.showIf);
    const errors = required.map((q) => ({ field: q.id, message: missingMessage(q) }));
    const $ = parse(renderFormMain(form, config, { values: {}, errors }));

    it('has one h1, its title, after the error summary, and its sections as h2s', () => {
      expectHeadingsInOrder($);
      expect($('h1').text()).toBe(form.title);
      expect(
        $('.app-form-section > h2')
          .map((_, h) => $(h).text())
          .get(),
      ).toEqual(form.sections.filter((s) => s.questions.length > 0).map((s) => s.title));
    });

    it('labels every field, and links each problem to its question’s first field', () => {
      expectEveryFieldLabelled($);
      expectErrorLinksResolve($);
      expect($('.govuk-error-summary__list a')).toHaveLength(required.length);
    });

    it('posts to the API in its language, without JavaScript', () => {
      expect($('form').attr('method')).toBe('post');
      expect($('input[name="formLanguage"]').attr('value')).toBe(language);
    });
  },
);

it('keeps only text and lists of text from posted values', () => {
  expect({ ...toAnswers({ a: 'x', b: ['y', 3], c: 4, d: { e: 'f' } }) }).toEqual({ a: 'x', b: ['y'] });
});
