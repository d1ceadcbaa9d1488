import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { defineForm } from '../../../functions/forms/define-form.ts';
import { publishedSchema } from '../../../functions/forms/json-schema.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { EMPTY } from '../../../functions/html/html.ts';
import { en, enPages } from '../../../functions/i18n/catalogue/en.ts';
import {
  catalogueKeys,
  missingKeys,
  unusedKeys,
  wholeCatalogue,
} from '../../../functions/i18n/catalogue-keys.ts';
import { LANGUAGES } from '../../../functions/i18n/languages.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { MESSAGES } from '../../../functions/i18n/messages.ts';
import { PAGE_CATALOGUES } from '../../../functions/i18n/page-text.ts';
import { CATALOGUES, t } from '../../../functions/i18n/ui.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { publicFrame } from '../../../functions/pages/frame-words.ts';
import { renderDocument } from '../../../functions/pages/layout.ts';
import { pageAlternates } from '../../../functions/pages/page-alternates.ts';
import { ANSWER_DAY } from '../../support/valid-answers.ts';

const cy = wholeCatalogue('cy');
const referral = findForm('referral') as FormDefinition;
const welsh = (form: FormDefinition) => localiseForm(form, 'cy');

describe('every enabled language has every string', () => {
  it.each(serviceConfig.languages.filter((l) => l !== 'en').map((l) => [l]))(
    '%s: no key is missing from its catalogue',
    (language) => {
      expect(missingKeys(wholeCatalogue(language as 'cy'))).toEqual([]);
    },
  );

  it('names the missing key when a question is added without its Welsh', () => {
    const withNewQuestion = defineForm({
      ...referral,
      sections: [
        ...referral.sections,
        {
          id: 'extra',
          title: 'Before you send',
          questions: [
            {
              id: 'newQuestion',
              type: 'text',
              label: 'A new question',
              required: false,
              errorName: 'the answer',
            },
          ],
        },
      ],
    });
    const others = FORMS.filter((f) => f.id !== 'referral');
    expect(missingKeys(cy, [withNewQuestion, ...others])).toEqual([
      'referral.sections.extra.title',
      'referral.newQuestion.label',
      'referral.newQuestion.errorName',
    ]);
  });

  it('keeps no Welsh for keys nothing uses (a question renamed leaves no orphan behind)', () => {
    expect(unusedKeys(cy)).toEqual([]);
  });

  it('says "Error:" before inline errors in the same words the catalogue gives', () => {
    for (const language of LANGUAGES)
      expect(MESSAGES[language].errorHidden).toBe(t(language, 'errors.hidden'));
  });

  it('keeps each Welsh string in the half its English is in, where the code looks for it', () => {
    const functionsKeys = new Set([
      ...Object.keys(en),
      ...catalogueKeys()
        .map(({ key }) => key)
        .filter((key) => !(key in enPages)),
    ]);
    expect(Object.keys(CATALOGUES.cy).filter((key) => !functionsKeys.has(key))).toEqual([]);
    expect(Object.keys(PAGE_CATALOGUES.cy).filter((key) => !(key in enPages))).toEqual([]);
  });

  it('keeps every {placeholder} of the English, so no link, name or number drops out', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = catalogueKeys()
      .filter(({ key }) => key in cy)
      .filter(({ key, english }) => placeholders(cy[key] ?? '').join() !== placeholders(english).join())
      .map(({ key }) => key);
    expect(differing).toEqual([]);
  });

  it('gives the translator a note for every key', () => {
    for (const key of catalogueKeys()) expect(key.note, key.key).not.toBe('');
  });
});

describe('a form in Welsh', () => {
  it('keeps ids, values and the published JSON Schema in stable English', () => {
    const shape = (form: FormDefinition) => {
      const schema = publishedSchema(form) as {
        properties: Record<string, { enum?: unknown }>;
        required: unknown;
      };
      const enums = Object.entries(schema.properties).map(([key, p]) => [key, p.enum]);
      return { enums, required: schema.required };
    };
    for (const form of FORMS) expect(shape(welsh(form))).toEqual(shape(form));
    expect(welsh(referral).sections[0]?.questions[0]?.options?.map((o) => o.value)).toEqual(
      referral.sections[0]?.questions[0]?.options?.map((o) => o.value),
    );
  });

  it('writes its error messages with the Welsh templates, not English grammar', () => {
    const result = validateAnswers(welsh(referral), {}, ANSWER_DAY);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages).toContain('Dewiswch ar gyfer pwy mae’r atgyfeiriad hwn');
    for (const message of messages) expect(message).not.toMatch(/^(Enter|Select) |must be/);
  });

  it('says a Welsh sentence for a text too long, a bad email and a date in the future', () => {
    const form = welsh(findForm('nuisance') as FormDefinition);
    const result = validateAnswers(
      form,
      {
        name: 'x'.repeat(5000),
        safeWays: ['email'],
        email: 'not-an-address',
        mostRecent: '2999-01-01',
      },
      ANSWER_DAY,
    );
    const byField = Object.fromEntries(result.ok ? [] : result.errors.map((e) => [e.field, e.message]));
    expect(byField.name).toMatch(/^Rhaid i’ch enw fod yn \d+ nod neu lai$/);
    expect(byField.email).toBe('Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com');
    expect(byField.mostRecent).toBe(
      'Rhaid i’r dyddiad y digwyddodd ddiwethaf fod heddiw neu yn y gorffennol',
    );
  });
});

describe('languages are configuration', () => {
  const englishOnly = parseConfig({ ...serviceConfig, languages: ['en'] });

  it('with Welsh switched off, pages have no switch and no hreflang', () => {
    const html = renderDocument(
      {
        ...publicFrame(englishOnly, 'en'),
        title: 'A page',
        alternates: pageAlternates('/referral/', englishOnly),
      },
      EMPTY,
    );
    expect(html).not.toContain('govuk-language-navigation');
    expect(html).not.toContain('hreflang');
  });

  it('with Welsh on, the switch keeps you on the same page and hreflang names both', () => {
    const html = renderDocument(
      {
        ...publicFrame(serviceConfig, 'cy'),
        title: 'A page',
        alternates: pageAlternates('/referral/', serviceConfig),
      },
      EMPTY,
    );
    expect(html).toContain('<html lang="cy"');
    // govuk-frontend 6.6's language navigation
    expect(html).toContain(
      '<a class="govuk-language-navigation__link" href="/referral/" rel="alternate" lang="en" hreflang="en">English</a>',
    );
    expect(html).toContain(
      '<span class="govuk-language-navigation__text" aria-current="true" lang="cy">Cymraeg</span>',
    );
    expect(html).toContain('<link rel="alternate" hreflang="cy" href="http://localhost:3000/cy/referral/">');
  });

  it('asks which language to contact in only where there is a choice', () => {
    expect(renderFormPage(referral, serviceConfig)).toContain('name="contactLanguage"');
    for (const form of FORMS) expect(renderFormPage(form, englishOnly)).not.toContain('contactLanguage');
  });

  it('refuses Welsh without each team’s name in Welsh, naming the team', () => {
    const cyNames = serviceConfig.inLanguages.cy;
    if (!cyNames) throw new Error('the shipped config offers Welsh');
    const { quality: _, ...others } = cyNames.teams;
    expect(() =>
      parseConfig({ ...serviceConfig, inLanguages: { cy: { ...cyNames, teams: others } } }),
    ).toThrow(/inLanguages\.cy\.teams\.quality/);
  });

  it('refuses Welsh without the service names in Welsh', () => {
    expect(() => parseConfig({ ...serviceConfig, languages: ['en', 'cy'], inLanguages: {} })).toThrow(
      /inLanguages/,
    );
  });
});
