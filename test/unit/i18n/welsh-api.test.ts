import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { makeSubmitHandler } from '../../../functions/handlers/submit-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { englishLeftOn } from '../../support/english-left.ts';
import { apiEvent, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/** The API in this process with a store in memory: the language travels through the real handler. */
const handlerWith = (config = testConfig()) => {
  logger.setLogLevel('SILENT');
  const saved: SubmissionRecord[] = [];
  const handler = makeSubmitHandler({
    config,
    hashKey: TEST_HASH_KEY,
    now: () => new Date(),
    store: {
      saveNew: async (_formId, _key, make) => {
        const record = make(1);
        saved.push(record);
        return { reference: record.reference, duplicate: false };
      },
    },
  });
  const call = async (...args: Parameters<typeof apiEvent>) =>
    (await handler(apiEvent(...args), {} as never)) as HttpResult;
  return { call, saved };
};

const FORM = 'application/x-www-form-urlencoded';
const headers = { origin: serviceConfig.siteUrl };
const post = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return body.toString();
};

describe('the API answers in the language the form was in', () => {
  it('shows a Welsh form back with Welsh problems after a post without JavaScript', async () => {
    const { call } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      body: post({ formLanguage: 'cy' }),
      contentType: FORM,
      headers,
    });
    expect(result.statusCode).toBe(422);
    const html = String(result.body);
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('<title>Gwall: Gofyn am gyfiawnder adferol – Adferol Northfield</title>');
    expect(html).toContain('<h2 class="govuk-error-summary__title">Mae problem</h2>');
    expect(html).toContain('<a href="#referrerType">Dewiswch ar gyfer pwy mae’r atgyfeiriad hwn</a>');
    expect(html).toContain('<span class="govuk-visually-hidden">Gwall:</span> Dewiswch ar gyfer pwy');
    expect(englishLeftOn(html)).toEqual([]);
  });

  it('gives Welsh problems as JSON to the script', async () => {
    const { call } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      body: JSON.stringify({ formLanguage: 'cy' }),
      contentType: 'application/json',
      headers,
    });
    expect(result.statusCode).toBe(422);
    expect(JSON.parse(String(result.body)).errors[0]).toEqual({
      field: 'referrerType',
      message: 'Dewiswch ar gyfer pwy mae’r atgyfeiriad hwn',
    });
  });

  it('sends a Welsh post on to the Welsh confirmation, and keeps the language on the record', async () => {
    const { call, saved } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      body: post({ ...VALID_ANSWERS.referral, formLanguage: 'cy' }),
      contentType: FORM,
      headers,
    });
    expect(result.statusCode).toBe(303);
    const location = String(result.headers?.location ?? result.headers?.Location);
    expect(location).toMatch(/\/confirmation\?reference=RJ-[A-Z0-9-]+&lang=cy$/);
    expect(saved[0]?.language).toBe('cy');
    const reference = new URL(location, 'http://x').searchParams.get('reference') ?? '';
    const page = await call('GET', '/api/forms/referral/confirmation', { query: { reference, lang: 'cy' } });
    expect(String(page.body)).toContain(
      '<h1 class="govuk-panel__title">Atgyfeiriad cyfiawnder adferol wedi’i anfon</h1>',
    );
    expect(englishLeftOn(String(page.body))).toEqual([]);
  });

  it('answers in English for a language the deployment does not offer, or a made-up one', async () => {
    const { call } = handlerWith(testConfig({ languages: ['en'] }));
    const welshOff = await call('POST', '/api/forms/referral', {
      body: post({ formLanguage: 'cy' }),
      contentType: FORM,
      headers,
    });
    expect(String(welshOff.body)).toContain('<html lang="en"');
    const { call: callOn } = handlerWith();
    const madeUp = await callOn('POST', '/api/forms/referral', {
      body: post({ formLanguage: 'xx' }),
      contentType: FORM,
      headers,
    });
    expect(String(madeUp.body)).toContain('There is a problem');
  });
});

describe('the API answers every other problem in the language of the form too', () => {
  const welshForm = { contentType: FORM, headers, query: { lang: 'cy' } };

  it('says a Welsh form’s answers are too long, in a Welsh page, though the body is never read', async () => {
    const { call, saved } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      ...welshForm,
      body: post({ formLanguage: 'cy', whatHappened: 'ŵ'.repeat(40 * 1024) }),
    });
    expect(result.statusCode).toBe(413);
    const html = String(result.body);
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('<h1 class="govuk-heading-l">Mae problem</h1>');
    expect(html).toContain('Mae eich atebion yn rhy hir i’w hanfon (y terfyn yw 64 KB).');
    expect(html).toContain('<a class="govuk-link" href="/cy/">Mynd i ddechrau Adferol Northfield</a>');
    expect(englishLeftOn(html)).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('tells a program that posted to a Welsh address in Welsh, as JSON', async () => {
    const { call } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      body: '{not json',
      contentType: 'application/json',
      headers,
      query: { lang: 'cy' },
    });
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(String(result.body))).toEqual({
      errors: [{ field: '', message: 'Nid yw corff y cais yn JSON dilys' }],
    });
  });

  it('apologises in Welsh when the service fails, and keeps nothing', async () => {
    logger.setLogLevel('SILENT');
    const handler = makeSubmitHandler({
      config: testConfig(),
      hashKey: TEST_HASH_KEY,
      now: () => new Date(),
      store: {
        saveNew: async () => {
          throw new Error('the table is not there');
        },
      },
    });
    const result = (await handler(
      apiEvent('POST', '/api/forms/referral', {
        ...welshForm,
        body: post({ ...VALID_ANSWERS.referral, formLanguage: 'cy' }),
      }),
      {} as never,
    )) as HttpResult;
    expect(result.statusCode).toBe(500);
    const html = String(result.body);
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth');
    expect(englishLeftOn(html)).toEqual([]);
  });

  it('answers in English when the address names a language the deployment does not offer', async () => {
    const { call } = handlerWith(testConfig({ languages: ['en'] }));
    const result = await call('POST', '/api/forms/referral', {
      ...welshForm,
      body: '{',
      contentType: 'application/json',
    });
    expect(JSON.parse(String(result.body)).errors[0].message).toBe('The request body is not valid JSON');
  });

  it('prefers the address to a posted language that names none', async () => {
    const { call } = handlerWith();
    const result = await call('POST', '/api/forms/referral', {
      ...welshForm,
      body: JSON.stringify({ formLanguage: '' }),
      contentType: 'application/json',
    });
    expect(result.statusCode).toBe(422);
    expect(JSON.parse(String(result.body)).errors[0].message).toBe(
      'Dewiswch ar gyfer pwy mae’r atgyfeiriad hwn',
    );
  });

  it('keeps English for an English form', async () => {
    const { call } = handlerWith();
    const result = await call('GET', '/api/forms/no-such-form', { headers: { accept: 'text/html' } });
    expect(result.statusCode).toBe(404);
    expect(String(result.body)).toContain('There is no form at this address');
    expect(String(result.body)).toContain('<html lang="en"');
  });
});
