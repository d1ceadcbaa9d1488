import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { questionsOf } from '../../functions/forms/applicable.ts';
import { maxLengthOf } from '../../functions/forms/question-types/index.ts';
import type { FormDefinition, Question } from '../../functions/forms/types.ts';
import { makeSubmitHandler } from '../../functions/handlers/submit-app.ts';
import type { HttpResult } from '../../functions/http/responses.ts';
import { logger } from '../../functions/observability/logger.ts';
import type { SubmissionStore } from '../../functions/storage/submission-store.ts';
import { apiEvent, freshTable, TEST_HASH_KEY, testConfig } from '../support/stand-ins.ts';

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * The submit handler in this process, against a fresh table on the shared DynamoDB Local. The
 * store is wrapped so every attempt to save is counted, whether or not it reached the table.
 */
export const inProcessHandler = async (config: ServiceConfig = testConfig()) => {
  logger.setLogLevel('SILENT');
  const table = await freshTable();
  let saveAttempts = 0;
  const store: Pick<SubmissionStore, 'saveNew'> = {
    saveNew: (...args) => {
      saveAttempts += 1;
      return table.store.saveNew(...args);
    },
  };
  const handler = makeSubmitHandler({ config, store, now: () => new Date(), hashKey: TEST_HASH_KEY });
  const call = async (event: APIGatewayProxyEventV2): Promise<HttpResult> =>
    (await handler(event, {} as never)) as HttpResult;
  const submit = (formId: string, body: string, contentType = JSON_TYPE) =>
    call(apiEvent('POST', `/api/forms/${formId}`, { body, contentType }));
  /** A body of raw bytes, base64-encoded as API Gateway sends binary bodies. */
  const submitBytes = (formId: string, bytes: Uint8Array, contentType: string) =>
    call({
      ...apiEvent('POST', `/api/forms/${formId}`, { contentType }),
      body: Buffer.from(bytes).toString('base64'),
      isBase64Encoded: true,
    });
  return {
    table,
    call,
    submit,
    submitBytes,
    saveAttempts: () => saveAttempts,
    destroy: () => {
      table.documents.destroy();
      table.client.destroy();
    },
  };
};

/**
 * JSON object text from entries, written by hand so keys such as "__proto__" arrive as plain
 * keys, exactly as a hostile client would send them (an object literal would set the prototype).
 */
export const jsonObjectText = (entries: readonly (readonly [string, unknown])[]): string =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;

export const urlencodedText = (entries: readonly (readonly [string, unknown])[]): string => {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
};

export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** Payloads that would pollute Object.prototype if any code merged them naively. */
export const pollutionEntries: fc.Arbitrary<[string, unknown][]> = fc.subarray([
  ['__proto__', { polluted: 'yes', isAdmin: true }],
  ['constructor', { prototype: { polluted: 'yes' } }],
  ['prototype', { polluted: 'yes' }],
  ['toString', 'not a function'],
  ['hasOwnProperty', 'not a function'],
  ['valueOf', { polluted: 'yes' }],
] as [string, unknown][]);

export const expectPrototypesClean = () => {
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || probe.isAdmin !== undefined || typeof probe.toString !== 'function') {
    throw new Error('Object.prototype was polluted');
  }
};

export const questionIdsOf = (form: FormDefinition) => questionsOf(form.sections).map((q) => q.id);

/** The first question every submission must answer: required and not a follow-up. */
export const anchorQuestion = (form: FormDefinition): Question => {
  const anchor = questionsOf(form.sections).find((q) => q.required && !q.showIf);
  if (!anchor) throw new Error(`${form.id} has no always-required question`);
  return anchor;
};

const optionValues = (q: Question) => (q.options ?? []).map((o) => o.value);

/** Text that is certainly not one of the question's options, even after trimming. */
const notAnOption = (q: Question): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'binary', maxLength: 40 })
    .map((s) => `bogus-${s}`)
    .filter((s) => !optionValues(q).includes(s.trim()));

/** Anything that is neither a string nor missing: a JSON value of the wrong type. */
const notText: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/** A list whose first item is already wrong: single-answer fields read the first of a list. */
const listStartingWith = (first: fc.Arbitrary<unknown>) =>
  fc.tuple(first, fc.array(fc.jsonValue(), { maxLength: 3 })).map(([head, rest]) => [head, ...rest]);

/**
 * A JSON value that is certainly an invalid answer to this question, whatever the other answers
 * (assuming the question applies): the wrong type, too long, not an option, a malformed email or
 * phone number, a list of wrong things.
 */
export const garbageFor = (q: Question): fc.Arbitrary<unknown> => {
  switch (q.type) {
    case 'radios':
      return fc.oneof(notText, notAnOption(q), listStartingWith(fc.oneof(notText, notAnOption(q))));
    case 'checkboxes':
      return fc.oneof(
        notText.filter((v) => !Array.isArray(v)),
        notAnOption(q),
        fc
          .tuple(fc.subarray(optionValues(q)), notAnOption(q), fc.subarray(optionValues(q)))
          .map(([before, bad, after]) => [...before, bad, ...after]),
        fc.tuple(fc.subarray(optionValues(q)), notText).map(([valid, bad]) => [...valid, bad]),
        fc.array(fc.array(fc.constantFrom(...optionValues(q)), { minLength: 1 }), {
          minLength: 1,
          maxLength: 3,
        }),
      );
    default: {
      const max = maxLengthOf(q) ?? 5000;
      const tooLong = fc.string({ unit: 'binary', maxLength: 50 }).map((s) => `${'x'.repeat(max + 1)}${s}`);
      const wrongText =
        q.type === 'email'
          ? [fc.string({ maxLength: 40 }).map((s) => `not an email ${s.replaceAll('@', '')}`)]
          : q.type === 'tel'
            ? [fc.string({ maxLength: 10 }).map((s) => `call ${s}`)]
            : [];
      return fc.oneof(notText, tooLong, listStartingWith(notText), ...wrongText);
    }
  }
};

/** The same, as form-post text (only strings survive a form post). */
export const formGarbageFor = (q: Question): fc.Arbitrary<string | string[]> => {
  switch (q.type) {
    case 'radios':
      return fc.oneof(
        notAnOption(q),
        fc.tuple(notAnOption(q), fc.constantFrom(...optionValues(q))).map((t) => [...t]),
      );
    case 'checkboxes':
      return fc.tuple(fc.subarray(optionValues(q)), notAnOption(q)).map(([valid, bad]) => [...valid, bad]);
    default: {
      const max = maxLengthOf(q) ?? 5000;
      return fc.oneof(
        fc.string({ unit: 'binary', maxLength: 20 }).map((s) => `${'y'.repeat(max + 1)}${s}`),
        ...(q.type === 'email'
          ? [fc.constantFrom('no-at-sign', 'a@b', 'two@@example.com', 'sp ace@example.com')]
          : []),
        ...(q.type === 'tel'
          ? [fc.constantFrom('call me', '123', '+44 (0) 1632 960 001 ext 5', '0163296000a')]
          : []),
      );
    }
  }
};
