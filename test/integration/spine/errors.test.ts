import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { REFERENCE_PATTERN } from '../../../functions/submissions/reference.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { FORM_TYPE, JSON_TYPE, type SpineTwin, startSpineTwin } from './spine-twin.ts';

let twin: SpineTwin;
let inboxAtStart = 0;

beforeAll(async () => {
  twin = await startSpineTwin();
  inboxAtStart = (await twin.inbox()).length;
});

afterAll(async () => {
  await twin?.stop();
});

/** Form-post encoding: one key per answer, repeated for each ticked checkbox. */
const urlencoded = (answers: Record<string, unknown>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
};

interface ErrorBody {
  errors: { field: string; message: string }[];
}

/** A client error: the status, no-store, and a JSON body of non-empty messages (or an HTML page). */
const expectClientError = async (response: Response, status: number) => {
  const body = await response.text();
  expect({ status: response.status, body }).toMatchObject({ status });
  expect(response.headers.get('cache-control')).toBe('no-store');
  if (response.headers.get('content-type')?.includes('application/json')) {
    const { errors } = JSON.parse(body) as ErrorBody;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(typeof e.field).toBe('string');
      expect(e.message.trim()).not.toBe('');
    }
    return { errors, body };
  }
  return { errors: [] as ErrorBody['errors'], body };
};

const expectNothingStored = async () => {
  expect(await twin.items()).toEqual([]);
};

const bytes = (text: string) => new TextEncoder().encode(text);

describe('client errors store nothing and are never a 500', () => {
  describe('400: the body is not a JSON object', () => {
    it.each([
      ['truncated JSON', '{"name": "Sam"'],
      ['a missing value', '{"name": }'],
      ['an empty body', ''],
      ['single quotes', "{'name': 'Sam'}"],
      ['a trailing comma', '{"name": "Sam",}'],
      ['an array', JSON.stringify([VALID_ANSWERS.referral])],
      ['a string', '"referral"'],
      ['a number', '42'],
      ['null', 'null'],
      ['true', 'true'],
    ])('%s → 400', async (_what, body) => {
      await expectClientError(await twin.post('referral', body, JSON_TYPE), 400);
      await expectNothingStored();
    });
  });

  describe('413: more than 64 KB', () => {
    const withPadding = (size: number, char = 'a') => {
      const frame = JSON.stringify({ ...VALID_ANSWERS.referral, whatHappened: '' });
      const padding = size - bytes(frame).length;
      return JSON.stringify({ ...VALID_ANSWERS.referral, whatHappened: char.repeat(padding) });
    };

    it('a JSON body one byte over the limit → 413, and exactly at the limit is read (422 for a too-long answer)', async () => {
      const atLimit = withPadding(64 * 1024);
      expect(bytes(atLimit).length).toBe(65_536);
      const { errors } = await expectClientError(await twin.post('referral', atLimit, JSON_TYPE), 422);
      expect(errors.map((e) => e.field)).toEqual(['whatHappened']);
      await expectClientError(await twin.post('referral', withPadding(64 * 1024 + 1), JSON_TYPE), 413);
      await expectNothingStored();
    });

    it('the limit is in bytes, not characters', async () => {
      const body = JSON.stringify({ ...VALID_ANSWERS.referral, whatHappened: 'é'.repeat(33_000) });
      expect(body.length).toBeLessThan(64 * 1024);
      await expectClientError(await twin.post('referral', body, JSON_TYPE), 413);
      await expectNothingStored();
    });

    it('a form post over the limit → 413 as an HTML page', async () => {
      const response = await twin.post(
        'nuisance',
        urlencoded({ description: 'x'.repeat(70_000) }),
        FORM_TYPE,
      );
      const { body } = await expectClientError(response, 413);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(body).toContain('There is a problem');
      await expectNothingStored();
    });
  });

  describe('415: not JSON or a form post', () => {
    it.each([
      ['text/plain', JSON.stringify(VALID_ANSWERS.feedback), 'text/plain'],
      ['XML', '<answers/>', 'application/xml'],
      ['multipart', 'x', 'multipart/form-data; boundary=x'],
      ['a JSON look-alike', JSON.stringify(VALID_ANSWERS.feedback), 'application/json-patch+json'],
    ])('%s → 415', async (_what, body, type) => {
      await expectClientError(await twin.post('feedback', body, type), 415);
      await expectNothingStored();
    });

    it('no content type at all → 415', async () => {
      // A byte body, so fetch adds no content type of its own.
      const response = await fetch(`${twin.url}/api/forms/feedback`, {
        method: 'POST',
        body: bytes(JSON.stringify(VALID_ANSWERS.feedback)),
      });
      expect(response.headers.get('content-type')).toContain('application/json');
      await expectClientError(response, 415);
      await expectNothingStored();
    });
  });

  describe('404: no such form or address', () => {
    it.each([
      ['GET', '/api/forms/nope'],
      ['GET', '/api/forms/REFERRAL'],
      ['GET', '/api/forms/__proto__'],
      ['GET', '/api/forms/constructor'],
      ['GET', '/api/other'],
      ['GET', '/api/forms/referral/extra'],
      ['GET', '/api/forms/referral/confirmation/extra'],
      ['GET', '/api/forms/referral%2Fconfirmation'],
    ])('%s %s → 404', async (method, path) => {
      await expectClientError(await fetch(`${twin.url}${path}`, { method }), 404);
    });

    it.each(['/api/forms/nope', '/api/forms/toString', '/api/forms/referral/extra'])(
      'POST %s with valid JSON answers → 404',
      async (path) => {
        await expectClientError(
          await twin.post(path, JSON.stringify(VALID_ANSWERS.referral), JSON_TYPE),
          404,
        );
        await expectNothingStored();
      },
    );

    it.each([
      ['/api/forms/nope', 'text/plain'],
      ['/api/forms/nope', undefined],
      ['/api/other', 'application/xml'],
    ])('POST %s as %s → 404 whatever the content type', async (path, type) => {
      await expectClientError(await twin.post(path, 'not even JSON', type), 404);
      await expectNothingStored();
    });

    // routes.ts formAt() calls decodeURIComponent on the path segment, which throws URIError on a
    // malformed percent escape; respondToErrors turns that into a 500 instead of a 404.
    it.each(['/api/forms/%ZZ', '/api/forms/%E0%A4%A', '/api/forms/%'])(
      'GET %s (a malformed percent escape) → 404, not 500',
      async (path) => {
        await expectClientError(await fetch(`${twin.url}${path}`), 404);
      },
    );
  });

  describe('405: wrong method, with the Allow header', () => {
    it.each([
      ['PUT', '/api/forms/referral', 'GET, POST'],
      ['DELETE', '/api/forms/referral', 'GET, POST'],
      ['PATCH', '/api/forms/nuisance', 'GET, POST'],
      ['DELETE', '/api/forms', 'GET'],
      ['PUT', '/api/forms/referral/confirmation', 'GET'],
    ])('%s %s → 405 Allow: %s', async (method, path, allow) => {
      const response = await fetch(`${twin.url}${path}`, { method });
      expect(response.headers.get('allow')).toBe(allow);
      await expectClientError(response, 405);
      await expectNothingStored();
    });

    it.each([
      ['/api/forms', 'GET'],
      ['/api/forms/referral/confirmation', 'GET'],
    ])('POST %s with valid JSON answers → 405 Allow: %s', async (path, allow) => {
      const response = await twin.post(path, JSON.stringify(VALID_ANSWERS.referral), JSON_TYPE);
      expect(response.headers.get('allow')).toBe(allow);
      await expectClientError(response, 405);
      await expectNothingStored();
    });

    it('POST /api/forms with a body that is neither JSON nor a form post → 405, not 415', async () => {
      const response = await twin.post('/api/forms', '<x/>', 'application/xml');
      expect(response.headers.get('allow')).toBe('GET');
      await expectClientError(response, 405);
      await expectNothingStored();
    });
  });

  describe('422: invalid answers', () => {
    it.each(['referral', 'nuisance', 'feedback'])(
      'an empty %s → one "missing" error per required question, in question order',
      async (formId) => {
        const form = findForm(formId);
        const required = questionsOf(form?.sections ?? [])
          .filter((q) => q.required && !q.showIf)
          .map((q) => q.id);
        const { errors } = await expectClientError(await twin.post(formId, '{}', JSON_TYPE), 422);
        expect(errors.map((e) => e.field)).toEqual(required);
        for (const e of errors) expect(e.message).toMatch(/^(Enter|Select) /);
        await expectNothingStored();
      },
    );

    it('reports each problem once, on its field, in the order the questions are asked', async () => {
      const response = await twin.post(
        'referral',
        JSON.stringify({
          ...VALID_ANSWERS.referral,
          consent: ['voluntary'],
          email: 'not an email',
          ageBand: 'ancient',
          name: '   ',
          referrerType: 'professional',
          workEmail: 'jo@example.org',
          hopes: ['apology', 'not-sure'],
          phone: 'call me',
        }),
        JSON_TYPE,
      );
      const { errors } = await expectClientError(response, 422);
      expect(errors).toEqual([
        { field: 'referrerName', message: 'Enter your name' },
        { field: 'organisation', message: 'Enter your organisation' },
        { field: 'workPhone', message: 'Enter your work phone number' },
        { field: 'name', message: 'Enter the name we should use' },
        { field: 'ageBand', message: 'Select how old the person is' },
        { field: 'phone', message: expect.stringMatching(/^Enter a telephone number/) },
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
        { field: 'hopes', message: expect.stringContaining('on its own') },
        { field: 'consent', message: 'Select each statement to confirm you understand and agree' },
      ]);
      await expectNothingStored();
    });

    it('an answer over its maximum length', async () => {
      const response = await twin.post(
        'feedback',
        JSON.stringify({ ...VALID_ANSWERS.feedback, wentWell: 'x'.repeat(3001) }),
        JSON_TYPE,
      );
      const { errors } = await expectClientError(response, 422);
      expect(errors).toEqual([
        { field: 'wentWell', message: 'What went well must be 3000 characters or fewer' },
      ]);
      await expectNothingStored();
    });

    it('a lone surrogate, a line break in a name or a bidi override → 422 on the field, nothing stored', async () => {
      // JSON.stringify writes a lone surrogate as the escape \ud800, which JSON.parse turns back into one.
      const response = await twin.post(
        'referral',
        JSON.stringify({
          ...VALID_ANSWERS.referral,
          name: 'Sam\nStill at risk: no',
          area: 'M1\u202E2AB',
          whatHappened: `Broken \ud800 shed`,
        }),
        JSON_TYPE,
      );
      const { errors } = await expectClientError(response, 422);
      expect(errors).toEqual([
        { field: 'name', message: 'The name we should use must be on one line' },
        { field: 'area', message: expect.stringMatching(/must not include hidden formatting characters/) },
        { field: 'whatHappened', message: expect.stringMatching(/includes a character that cannot be read/) },
      ]);
      await expectNothingStored();
    });

    it('a form post with invalid answers → 422 HTML with the error summary', async () => {
      const response = await twin.post(
        'referral',
        urlencoded({ ...VALID_ANSWERS.referral, name: '', ageBand: '<b>old</b>' }),
        FORM_TYPE,
      );
      const { body } = await expectClientError(response, 422);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(body).toContain('There is a problem');
      expect(body).toContain('Enter the name we should use');
      expect(body).toContain('Select how old the person is');
      expect(body).not.toContain('<b>old</b>');
      await expectNothingStored();
    });
  });

  it('sent no email for any of them', async () => {
    await expectNothingStored();
    expect((await twin.inbox()).length).toBe(inboxAtStart);
  });
});

describe('form posts (no JavaScript)', () => {
  it('a valid form post → 303 to the confirmation page, which shows the reference', async () => {
    const whatHappened = `Posted without JavaScript ${randomUUID()}`;
    const response = await twin.post(
      'referral',
      urlencoded({ ...VALID_ANSWERS.referral, whatHappened, website: '' }),
      FORM_TYPE,
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    const match = /^\/api\/forms\/referral\/confirmation\?reference=([A-Z0-9-]+)$/.exec(location);
    expect(match, location).not.toBeNull();
    const reference = match?.[1] ?? '';
    expect(reference).toMatch(REFERENCE_PATTERN);

    const page = await twin.get(location);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain(reference);

    const record = await twin.record(reference);
    expect(record?.answers.whatHappened).toBe(whatHappened);
    await twin.waitForEmails(reference);
  });

  it('repeated checkbox keys become lists, and a single ticked box a list of one', async () => {
    const whatHappened = `Checkboxes ${randomUUID()}`;
    const body =
      `${urlencoded({ ...VALID_ANSWERS.referral, whatHappened, safeWays: [], hopes: [], consent: [] })}` +
      '&safeWays=email&safeWays=text&hopes=apology&consent=voluntary&consent=contact&consent=privacy';
    const response = await twin.post('referral', body, FORM_TYPE);
    expect(response.status).toBe(303);
    const reference =
      new URL(response.headers.get('location') ?? '', twin.url).searchParams.get('reference') ?? '';
    const record = await twin.record(reference);
    expect(record?.answers.safeWays).toEqual(['email', 'text']);
    expect(record?.answers.hopes).toEqual(['apology']);
    expect(record?.answers.consent).toEqual(['voluntary', 'contact', 'privacy']);
    expect(record?.answers.communication).toEqual(['letters']);
  });

  it('form-post line breaks (CRLF) are stored as LF', async () => {
    const uid = randomUUID();
    const response = await twin.post(
      'nuisance',
      urlencoded({ ...VALID_ANSWERS.nuisance, address: `1 High Street\r\nNorthfield ${uid}` }),
      FORM_TYPE,
    );
    expect(response.status).toBe(303);
    const reference =
      new URL(response.headers.get('location') ?? '', twin.url).searchParams.get('reference') ?? '';
    expect((await twin.record(reference))?.answers.address).toBe(`1 High Street\nNorthfield ${uid}`);
  });

  describe('a confirmation address with a bad reference → 404', () => {
    it.each([
      ['no reference', '/api/forms/referral/confirmation'],
      ['an empty reference', '/api/forms/referral/confirmation?reference='],
      ['the wrong format', '/api/forms/referral/confirmation?reference=RJ-1234-5678'],
      ['lower case', '/api/forms/referral/confirmation?reference=rj-abcd-efgh'],
      ['another form’s prefix', '/api/forms/referral/confirmation?reference=NR-ABCD-EFGH'],
      ['markup', `/api/forms/referral/confirmation?reference=${encodeURIComponent('<script>x</script>')}`],
      ['two references', '/api/forms/referral/confirmation?reference=RJ-ABCD-EFGH&reference=RJ-ABCD-EFGH'],
      ['an unknown form', '/api/forms/nope/confirmation?reference=RJ-ABCD-EFGH'],
    ])('%s', async (_what, path) => {
      const { body } = await expectClientError(await twin.get(path), 404);
      expect(body).not.toContain('<script>x');
    });

    it('a well-formed reference is shown without being looked up', async () => {
      const page = await twin.get('/api/forms/nuisance/confirmation?reference=NR-ABCD-EFGH');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('NR-ABCD-EFGH');
    });
  });
});
