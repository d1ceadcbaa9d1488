import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_FIELDS } from '../../functions/forms/meta-fields.ts';
import { missingMessage } from '../../functions/forms/question-types/index.ts';
import { findForm } from '../../functions/forms/registry.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { bodyKindOf } from '../../functions/http/read-body.ts';
import type { HttpResult } from '../../functions/http/responses.ts';
import { apiEvent } from '../support/stand-ins.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import {
  anchorQuestion,
  expectPrototypesClean,
  FORM_TYPE,
  formGarbageFor,
  garbageFor,
  inProcessHandler,
  JSON_TYPE,
  jsonObjectText,
  PROTOTYPE_KEYS,
  pollutionEntries,
  questionIdsOf,
  urlencodedText,
} from './in-process.ts';

/**
 * Thousands of malformed bodies per form, straight into the submit handler (no HTTP). Each
 * generated body is invalid by construction, so the only acceptable answers are 4xx, with
 * field-level messages, and nothing may ever reach the store.
 */

let h: Awaited<ReturnType<typeof inProcessHandler>>;

beforeAll(async () => {
  h = await inProcessHandler();
});

afterAll(() => {
  h?.destroy();
});

interface ErrorBody {
  errors: { field: string; message: string }[];
}

const errorsOf = (response: HttpResult): ErrorBody['errors'] => {
  expect(response.headers['content-type']).toContain('application/json');
  const { errors } = JSON.parse(response.body ?? '') as ErrorBody;
  expect(Array.isArray(errors)).toBe(true);
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.field).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.message.trim()).not.toBe('');
  }
  return errors;
};

/** A 422 whose errors each name a question of this form, once, in the order the questions are asked. */
const fieldErrorsOf = (form: FormDefinition, response: HttpResult) => {
  expect(response.statusCode, response.body).toBe(422);
  const errors = errorsOf(response);
  const order = questionIdsOf(form);
  const positions = errors.map((e) => order.indexOf(e.field));
  expect(
    positions.every((p) => p >= 0),
    JSON.stringify(errors),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(new Set(positions).size).toBe(positions.length);
  return errors;
};

const expectNothingStored = async () => {
  expect(h.saveAttempts()).toBe(0);
  expect(await h.table.allItems()).toEqual([]);
};

/** Keys a client might send: any text, the form's own question ids, prototype names and meta fields. */
const keyFor = (form: FormDefinition) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...questionIdsOf(form), ...PROTOTYPE_KEYS, META_FIELDS.token, META_FIELDS.openFor),
  );

const nonObjectJson = fc
  .jsonValue()
  .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
  .chain((v) =>
    fc
      .tuple(fc.constantFrom('', ' ', '\n', '\t '), fc.constantFrom('', ' ', '\r\n'))
      .map(([before, after]) => `${before}${JSON.stringify(v)}${after}`),
  );

const malformedJson = (form: FormDefinition) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
    // Every proper prefix of a JSON object is unfinished, so invalid.
    fc.nat().map((n) => {
      const text = JSON.stringify(VALID_ANSWERS[form.id]);
      return text.slice(0, n % text.length);
    }),
  );

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

describe.each(['referral', 'nuisance', 'feedback'])('%s: malformed bodies never store anything', (formId) => {
  const form = findForm(formId) as FormDefinition;
  const valid = VALID_ANSWERS[formId] ?? {};
  const anchor = anchorQuestion(form);
  const questionById = new Map(form.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));

  it('JSON that is not an object, or not JSON at all → 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nonObjectJson, malformedJson(form)), async (body) => {
        const response = await h.submit(formId, body);
        expect(response.statusCode, body).toBe(400);
        expect(errorsOf(response)).toEqual([{ field: '', message: expect.any(String) }]);
      }),
      { numRuns: 400 },
    );
    await expectNothingStored();
  });

  it('objects of random keys and values, missing a required answer → 422 naming it', async () => {
    const entries = fc
      .tuple(
        fc.array(fc.tuple(keyFor(form), fc.jsonValue({ maxDepth: 3 })), { maxLength: 15 }),
        pollutionEntries,
      )
      .map(([random, pollution]) =>
        [...random, ...pollution].filter(([key]) => key !== anchor.id && key !== META_FIELDS.honeypot),
      );
    await fc.assert(
      fc.asyncProperty(entries, async (pairs) => {
        const response = await h.submit(formId, jsonObjectText(pairs));
        const errors = fieldErrorsOf(form, response);
        expect(errors).toContainEqual({ field: anchor.id, message: missingMessage(anchor) });
        expectPrototypesClean();
      }),
      { numRuns: 800 },
    );
    await expectNothingStored();
  });

  it('valid answers with one answer replaced by garbage (and prototype keys) → 422 naming that answer', async () => {
    const mutated = fc.constantFrom(...Object.keys(valid)).chain((key) =>
      fc.record({
        key: fc.constant(key),
        garbage: garbageFor(questionById.get(key) as never),
        pollution: pollutionEntries,
        pollutionFirst: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async ({ key, garbage, pollution, pollutionFirst }) => {
        const answers = Object.entries(valid).map(([k, v]) => [k, k === key ? garbage : v] as const);
        const pairs = pollutionFirst ? [...pollution, ...answers] : [...answers, ...pollution];
        const response = await h.submit(formId, jsonObjectText(pairs));
        const errors = fieldErrorsOf(form, response);
        expect(errors.map((e) => e.field)).toContain(key);
        expectPrototypesClean();
      }),
      { numRuns: 1200 },
    );
    await expectNothingStored();
  });

  it('form posts with one answer replaced by garbage → 422 page with the error summary', async () => {
    const mutated = fc.constantFrom(...Object.keys(valid)).chain((key) =>
      fc.record({
        key: fc.constant(key),
        garbage: formGarbageFor(questionById.get(key) as never),
        prototypeKeys: fc.subarray(PROTOTYPE_KEYS),
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async ({ key, garbage, prototypeKeys }) => {
        const answers = Object.entries(valid).map(([k, v]) => [k, k === key ? garbage : v] as const);
        // Prototype names as form keys, twice each, as a crafted post could send them.
        const extra = prototypeKeys.flatMap((k) => [[k, 'x'] as const, [k, 'y'] as const]);
        const response = await h.submit(formId, urlencodedText([...extra, ...answers]), FORM_TYPE);
        expect(response.statusCode, JSON.stringify({ key, garbage })).toBe(422);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('There is a problem');
        expectPrototypesClean();
      }),
      { numRuns: 600 },
    );
    await expectNothingStored();
  });

  it('random bytes as a form post → 422', async () => {
    // The first value of the first question is a NUL, never an option: the post cannot be valid.
    const prefix = new TextEncoder().encode(`${anchor.id}=%00&`);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (random) => {
        const bytes = concat(prefix, random);
        fc.pre(!new URLSearchParams(new TextDecoder().decode(bytes)).has(META_FIELDS.honeypot));
        const response = await h.submitBytes(formId, bytes, FORM_TYPE);
        expect(response.statusCode, Buffer.from(bytes).toString('hex')).toBe(422);
        expect(response.body).toContain('There is a problem');
      }),
      { numRuns: 400 },
    );
    await expectNothingStored();
  });

  it('random bytes as JSON → 400 or 422', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const response = await h.submitBytes(formId, bytes, JSON_TYPE);
        expect([400, 422], Buffer.from(bytes).toString('hex')).toContain(response.statusCode);
        errorsOf(response);
      }),
      { numRuns: 300 },
    );
    await expectNothingStored();
  });
});

describe('requests that are wrong before the answers are read', () => {
  it('any other content type → 415, whatever the body', async () => {
    const contentType = fc
      .oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data', 'application/json5', 'json'),
      )
      .filter((ct) => bodyKindOf(ct) === undefined && !/[\r\n]/.test(ct));
    await fc.assert(
      fc.asyncProperty(contentType, fc.constantFrom(...Object.keys(VALID_ANSWERS)), async (ct, formId) => {
        const body = JSON.stringify(VALID_ANSWERS[formId]);
        // apiEvent leaves the header out altogether for an empty content type.
        const response = await h.call(apiEvent('POST', `/api/forms/${formId}`, { body, contentType: ct }));
        expect(response.statusCode).toBe(415);
        errorsOf(response);
      }),
      { numRuns: 200 },
    );
    await expectNothingStored();
  });

  it('a body over 64 KB → 413, however it is made up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 64 * 1024 + 1, max: 200 * 1024 }),
        fc.constantFrom(JSON_TYPE, FORM_TYPE),
        fc.constantFrom('a', 'é', '€', '😀', '%', '&'),
        async (size, type, char) => {
          const body = char.repeat(Math.ceil(size / Buffer.byteLength(char)));
          const response = await h.submit('referral', body, type);
          expect(response.statusCode).toBe(413);
        },
      ),
      { numRuns: 40 },
    );
    await expectNothingStored();
  });

  // routes.ts formAt(): decodeURIComponent throws URIError on a malformed escape such as "%" or
  // "%E0%A4%A", which respondToErrors answers with a 500 instead of a 404.
  it('any unknown form id in the path → 404 for GET and POST, never 500', async () => {
    const formIds = new Set(Object.keys(VALID_ANSWERS));
    const segment = fc
      .oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
        fc.string({
          unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'f', 'r', '-', '.', '~'),
          minLength: 1,
          maxLength: 10,
        }),
      )
      .map((s) => s.replaceAll('/', '').replaceAll('?', '').replaceAll('#', ''))
      .filter((s) => s.trim() !== '' && !formIds.has(s) && !formIds.has(safeDecode(s)));
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom('GET', 'POST'), async (id, method) => {
        const response = await h.call(
          apiEvent(method, `/api/forms/${id}`, { body: '{}', contentType: JSON_TYPE }),
        );
        expect(response.statusCode, `${method} /api/forms/${id}`).toBe(404);
      }),
      { numRuns: 300 },
    );
  });
});

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
