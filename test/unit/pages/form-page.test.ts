import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { maxLengthOf, missingMessage } from '../../../functions/forms/question-types/index.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import { formInLanguage } from '../../../functions/http/form-language.ts';
import { toAnswers } from '../../../functions/pages/form.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { expectSoundPage, parse } from './dom.ts';

const EXIT_PAGE_URL = serviceConfig.exitPageUrl;

const referral = findForm('referral');
if (!referral) throw new Error('referral form missing');

/** The attributes of the element with this id, as a string. */
const tagWithId = (html: string, id: string): string =>
  html.match(new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`))?.[0] ?? '';

describe.each(FORMS.map((f) => [f.id, f] as const))('renderFormPage for %s', (_id, form) => {
  const html = renderFormPage(form, serviceConfig);
  const questions = questionsOf(form.sections);

  it('is a whole document that posts to the API without JavaScript', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<form action="/api/forms/${form.id}" method="post" novalidate`);
    expect(html).toContain(`<title>${form.title} – ${serviceConfig.serviceName}</title>`);
  });

  it('draws every question and option from the definition, with its own id and name', () => {
    for (const q of questions) {
      expect(html).toContain(`data-question="${q.id}"`);
      // A date's first box (the day) has the question's id and posts as `{id}-day`; a file picker
      // posts as `{id}-file` (only the script's tickets post as `{id}`).
      expect(tagWithId(html, q.id)).toMatch(new RegExp(`name="${q.id}(-day|-file)?"`));
      for (const option of q.options ?? []) expect(html).toContain(`value="${option.value}"`);
    }
  });

  it('gives text fields their type, autocomplete, spellcheck and length limit', () => {
    for (const q of questions.filter((x) => ['text', 'email', 'tel'].includes(x.type))) {
      const input = tagWithId(html, q.id);
      expect(input).toContain(`type="${q.type}"`);
      expect(input).toContain(`maxlength="${maxLengthOf(q)}"`);
      if (q.autocomplete) expect(input).toContain(`autocomplete="${q.autocomplete}"`);
      if (q.spellcheck === false) expect(input).toContain('spellcheck="false"');
    }
  });

  it('gives textareas a character count of the effective limit', () => {
    for (const q of questions.filter((x) => x.type === 'textarea')) {
      expect(html).toMatch(
        new RegExp(
          `govuk-character-count[^"]*"[^>]*data-question="${q.id}"[^>]*data-maxlength="${maxLengthOf(q)}"`,
        ),
      );
      expect(html).toContain(`You can enter up to ${maxLengthOf(q)} characters`);
    }
  });

  it('writes the handler’s missing-answer message on each required question', () => {
    for (const q of questions.filter((x) => x.required)) {
      expect(html).toContain(`data-question="${q.id}"`);
      expect(html).toContain(`data-missing="${missingMessage(q).replace(/"/g, '&quot;')}"`);
    }
  });

  it('carries the submission token, start time and honeypot fields', () => {
    expect(html).toContain('<input type="hidden" name="submissionToken" value="">');
    expect(html).toContain('<input type="hidden" name="formOpenMs" value="">');
    expect(html).toMatch(
      /<div class="app-honeypot" aria-hidden="true">[\s\S]*name="leave_blank_x7" tabindex="-1" autocomplete="off"/,
    );
  });

  it('warns about immediate danger with the configured numbers', () => {
    expect(html).toContain(`call ${serviceConfig.phoneNumbers.emergency}`);
    expect(html).toContain(`call ${serviceConfig.phoneNumbers.nonEmergency}`);
  });

  it('shows Exit this page only on sensitive forms', () => {
    expect(html.includes(`href="${EXIT_PAGE_URL}"`)).toBe(form.sensitive);
  });

  it('has no inline script or style', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});

describe('renderFormPage after a failed post', () => {
  const errors = [
    { field: 'referrerType', message: 'Select who this referral is for' },
    { field: 'name', message: 'Enter the name we should use' },
  ];
  const values = {
    name: '<script>alert(1)</script>',
    safeWays: ['email', 'letter'],
    email: 'a@example.com',
    ageBand: '18-24',
    whatHappened: 'Line one\n</textarea><b>x</b>',
  };
  const html = renderFormPage(referral, serviceConfig, { values, errors });

  it('puts "Error: " before the title and an error summary linking to each question in order', () => {
    expect(html).toContain('<title>Error: ');
    expect(html).toContain('There is a problem');
    const links = [...html.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual(errors.map((e) => [e.field, e.message]));
  });

  it('shows each message above its question and links it with aria-describedby', () => {
    expect(html).toContain(
      '<p id="name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter the name we should use</p>',
    );
    expect(tagWithId(html, 'name')).toMatch(/aria-describedby="name-hint name-error"/);
    expect(tagWithId(html, 'name')).toContain('govuk-input--error');
    expect(html).toMatch(/<fieldset class="govuk-fieldset" aria-describedby="referrerType-error">/);
  });

  it('keeps every answer, escaped', () => {
    expect(tagWithId(html, 'name')).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Line one\n&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</textarea>');
    expect(tagWithId(html, 'ageBand-2')).toContain('checked');
    expect(tagWithId(html, 'email')).toContain('value="a@example.com"');
  });

  it('shows follow-ups that apply and marks the others hidden for JavaScript', () => {
    expect(html).toMatch(/class="govuk-form-group" data-question="email"/);
    expect(html).toMatch(/class="govuk-form-group govuk-character-count" data-question="postalAddress"/);
    expect(html).toMatch(/class="govuk-form-group app-follow-up--hidden" data-question="phone"/);
  });
});

describe('conditional follow-ups', () => {
  const html = renderFormPage(referral, serviceConfig);

  it('reveal under the one option they belong to, as GOV.UK conditional reveals', () => {
    const yes = tagWithId(html, 'reportedToPolice');
    expect(yes).toContain('aria-controls="conditional-reportedToPolice"');
    expect(html).toMatch(
      /<div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-reportedToPolice">\s*<div[^>]*data-question="crimeReference"/,
    );
  });

  it('that belong to several options sit in one block after the options, each with its condition', () => {
    expect(html).toMatch(
      /id="conditional-safeWays" data-follow-ups>\s*<div[^>]*data-question="phone"[^>]*data-show-if="safeWays" data-show-if-values="phone voicemail text"/,
    );
  });

  it('come before the "or" divider when the question has an exclusive option', () => {
    expect(html.indexOf('id="conditional-supportNeeds"')).toBeLessThan(html.indexOf('value="none"'));
    expect(tagWithId(html, 'supportNeeds-6')).toContain('data-behaviour="exclusive"');
  });
});

describe('answers re-shown after a failed post', () => {
  it('are kept in an object without a prototype, so a posted "__proto__" or "constructor" is just a field', () => {
    const answers = toAnswers(JSON.parse('{"__proto__": "x", "constructor": "y", "name": "Sam"}'));
    expect(Object.getPrototypeOf(answers)).toBeNull();
    expect(answers.name).toBe('Sam');
    expect(answers.constructor).toBe('y');
  });
});

describe('free text on a sensitive form', () => {
  it('is kept out of the browser’s form history (autocomplete off) unless it has an autocomplete purpose', () => {
    const nuisance = findForm('nuisance');
    const feedbackForm = findForm('feedback');
    if (!nuisance || !feedbackForm) throw new Error('forms missing');
    const html = renderFormPage(nuisance, serviceConfig);
    expect(tagWithId(html, 'description')).toContain('autocomplete="off"');
    expect(tagWithId(html, 'started')).toContain('autocomplete="off"');
    expect(tagWithId(html, 'name')).toContain('autocomplete="name"');
    expect(tagWithId(renderFormPage(feedbackForm, serviceConfig), 'wentWell')).not.toContain('autocomplete=');
  });
});

describe.each(FORMS.flatMap((f) => (['en', 'cy'] as const).map((l) => [f.id, l, f] as const)))(
  'the %s page (%s) as a browser reads it',
  (_id, language, englishForm) => {
    it('is a sound page, with and without problems', () => {
      const { form, config } = formInLanguage(englishForm, serviceConfig, language);
      const q = questionsOf(form.sections)[0];
      const errors = q ? [{ field: q.id, message: missingMessage(q) }] : [];
      expectSoundPage(parse(renderFormPage(form, config)));
      expectSoundPage(parse(renderFormPage(form, config, { values: {}, errors })));
    });
  },
);
