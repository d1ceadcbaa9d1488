import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { PATHS } from '../../../functions/contract/paths.ts';
import { formatConfirmation } from '../../../functions/email/format-confirmation.ts';
import { formatTeamEmail } from '../../../functions/email/format-team-email.ts';
import { isApplicable, questionsOf } from '../../../functions/forms/applicable.ts';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import { answerText } from '../../../functions/forms/question-types/index.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import type { Answers, FormDefinition, Question } from '../../../functions/forms/types.ts';
import { makeSubmitHandler } from '../../../functions/handlers/submit-app.ts';
import { formInLanguage } from '../../../functions/http/form-language.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { buildReport } from '../../../functions/reporting/build-report.ts';
import { formatReportEmail } from '../../../functions/reporting/format-report-email.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { monthRange } from '../../../functions/time/date-range.ts';
import { apiEvent, withAnswersInEmail } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { harmless, hostileText, parse, shapeOf, shownText } from './dom.ts';

/**
 * issue 19, "Bad input and failure": answers with markup, quotes, bidi controls or template
 * syntax show as text on every public page and in every email. Each check draws the page twice,
 * with the hostile answers and with the same answers made harmless, and compares every element
 * and attribute (shapeOf); then finds each answer, as text, where it belongs.
 */

const RUNS = { numRuns: 25 };
/** Each run of a form draws it four times (two posts, the harmless page, the parse): fewer runs. */
const FORM_RUNS = { numRuns: 12 };
const NOW = new Date('2026-10-25T12:00:00Z');
const LANGUAGES: Language[] = ['en', 'cy'];
const FORM_TYPE = 'application/x-www-form-urlencoded';

logger.setLogLevel('SILENT');

/** The submit handler as deployed; nothing here is valid, so its store is never asked. */
const handler = makeSubmitHandler({
  config: serviceConfig,
  store: {
    saveNew: () => {
      throw new Error('a hostile submission reached the store');
    },
  },
  now: () => NOW,
  hashKey: Buffer.alloc(32),
});
const call = async (event: ReturnType<typeof apiEvent>): Promise<HttpResult> =>
  (await handler(event, {} as never)) as HttpResult;

const urlencoded = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

// A file question's answer is tickets, kept as the record's files and never shown as text.
const asked = (form: FormDefinition) => questionsOf(form.sections).filter((q) => q.type !== 'file');
const holdsText = (q: Question) => ['text', 'textarea', 'email', 'tel'].includes(q.type);

/** Every field a post can carry, by the name it posts under: a date's three boxes, the page's own fields. */
const postedNames = (form: FormDefinition): string[] => [
  META_FIELDS.token,
  META_FIELDS.openFor,
  ...asked(form).flatMap((q) =>
    q.type === 'date' ? ['day', 'month', 'year'].map((p) => `${q.id}-${p}`) : [q.id],
  ),
];

const mapValues = (fields: Record<string, string>, f: (v: string) => string) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, f(v)]));

describe.each(FORMS.flatMap((f) => LANGUAGES.map((l) => [f.id, l, f] as const)))(
  'the %s form (%s) shown again with its problems',
  (_id, language, englishForm) => {
    const { form, config } = formInLanguage(englishForm, serviceConfig, language);
    const names = postedNames(form);

    it('shows every answer as text, in its own field, and nothing from it as markup', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileText, { minLength: names.length, maxLength: names.length }),
          async (texts) => {
            const fields = Object.fromEntries(names.map((name, i) => [name, texts[i] ?? '']));
            const post = (contentType: string, body: string) =>
              call(apiEvent('POST', PATHS.submit(form.id), { contentType, body }));
            const withLanguage = { ...fields, [META_FIELDS.language]: language };
            const page = await post(FORM_TYPE, urlencoded(withLanguage));
            expect(page.statusCode).toBe(422);
            // The same problems, drawn around harmless answers.
            const { errors } = JSON.parse(
              (await post('application/json', JSON.stringify(withLanguage))).body ?? '',
            );
            const plain = renderFormPage(form, config, { values: mapValues(fields, harmless), errors });
            expect(shapeOf(page.body ?? '', texts)).toEqual(shapeOf(plain, texts.map(harmless)));

            const $ = parse(page.body ?? '');
            const field = (name: string) => $(`form [name="${name}"]`).first();
            for (const q of asked(form)) {
              if (q.type === 'textarea') expect(field(q.id).text()).toBe(fields[q.id]?.replace(/^\n/, ''));
              else if (holdsText(q)) expect(field(q.id).attr('value'), q.id).toBe(fields[q.id]);
              else if (q.type === 'date')
                for (const part of ['day', 'month', 'year'])
                  expect(field(`${q.id}-${part}`).attr('value')).toBe(fields[`${q.id}-${part}`]?.trim());
            }
            expect(field(META_FIELDS.token).attr('value')).toBe(fields[META_FIELDS.token]);
          },
        ),
        FORM_RUNS,
      );
    });
  },
);

describe('problem pages', () => {
  const pageFor = async (path: string, query?: Record<string, string>) =>
    (await call(apiEvent('GET', path, { headers: { accept: 'text/html' }, ...(query ? { query } : {}) })))
      .body ?? '';

  it('show nothing of a hostile reference, form name or language asked for', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const cases = [
          (t: string) => pageFor('/api/forms/referral/confirmation', { reference: t }),
          (t: string) => pageFor(`/api/forms/${encodeURIComponent(t)}`),
          (t: string) => pageFor('/api/forms/referral/confirmation', { reference: t, lang: t }),
        ];
        for (const page of cases) {
          expect(shapeOf(await page(text), [text])).toEqual(
            shapeOf(await page(harmless(text)), [harmless(text)]),
          );
        }
      }),
      RUNS,
    );
  });
});

/** Which choice questions decide what else applies: they keep their real answers. */
const deciding = (form: FormDefinition): Set<string> =>
  new Set(asked(form).flatMap((q) => (q.showIf ? [q.showIf.question] : [])));

/**
 * A stored record's answers: a valid submission whose free text (and, as an older record may
 * hold, choices no longer offered) is hostile.
 */
const hostileAnswers = (form: FormDefinition, texts: readonly string[]): Answers => {
  const answers: Answers = { ...VALID_ANSWERS[form.id] };
  asked(form).forEach((q, i) => {
    const text = texts[i] ?? '';
    if (holdsText(q) || q.type === 'date') answers[q.id] = text;
    else if (!deciding(form).has(q.id)) answers[q.id] = q.type === 'checkboxes' ? [text] : text;
  });
  return answers;
};

const recordOf = (form: FormDefinition, config: ServiceConfig, answers: Answers) =>
  buildRecord(form, config, answers, `${form.referencePrefix}-7KQM-4XPD`, NOW);

describe.each(FORMS.map((f) => [f.id, f] as const))('the %s emails', (_id, form) => {
  const config = withAnswersInEmail(serviceConfig);
  const texts = fc.array(hostileText, { minLength: asked(form).length, maxLength: asked(form).length });

  it('show the team every answer as text, in HTML and plain text', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const answers = hostileAnswers(form, t);
        const record = recordOf(form, config, answers);
        const email = formatTeamEmail(form, config, record);
        const plain = formatTeamEmail(
          form,
          config,
          recordOf(form, config, hostileAnswers(form, t.map(harmless))),
        );
        expect(shapeOf(email.html, t)).toEqual(shapeOf(plain.html, t.map(harmless)));
        const $ = parse(email.html);
        const shown = $('dd')
          .toArray()
          .map((dd) => shownText($, dd));
        for (const q of asked(form).filter((x) => isApplicable(x, answers))) {
          const written = answerText(q, answers[q.id]);
          expect(shown).toContain(written);
          expect(email.text).toContain(`${q.label}\n${written}\n`);
        }
      }),
      RUNS,
    );
  });

  it('send a confirmation that shows nothing of the answers', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const email = (answers: Answers) =>
          formatConfirmation(form, serviceConfig, recordOf(form, serviceConfig, answers), 'sam@example.com');
        const hostile = email(hostileAnswers(form, t));
        const plain = email(hostileAnswers(form, t.map(harmless)));
        expect(shapeOf(hostile.html, t)).toEqual(shapeOf(plain.html, t.map(harmless)));
        expect(hostile.text).toBe(plain.text);
      }),
      RUNS,
    );
  });

  it('count a hostile value no longer offered as text in the monthly report', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const team = serviceConfig.forms[form.id]?.team ?? '';
        const report = (value: string) => {
          const answers = Object.fromEntries(form.report.tallies.map((id) => [id, value]));
          const record = { formId: form.id, createdAt: NOW.toISOString(), team, answers };
          return formatReportEmail(buildReport([record], monthRange('2026-10')), serviceConfig, team);
        };
        const hostile = report(text);
        expect(shapeOf(hostile.html, [text])).toEqual(shapeOf(report(harmless(text)).html, [harmless(text)]));
        if (form.report.tallies.length === 0) return;
        const $ = parse(hostile.html);
        expect(
          $('td')
            .toArray()
            .map((td) => shownText($, td)),
        ).toContain(text);
        expect(hostile.text).toContain(text.split('\n')[0]);
      }),
      RUNS,
    );
  });
});
