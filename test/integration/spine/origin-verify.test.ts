import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSubmitHandler } from '../../../functions/handlers/submit-app.ts';
import { ORIGIN_VERIFY_HEADER } from '../../../functions/http/origin-check.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { apiEvent, freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { JSON_TYPE } from './spine-twin.ts';

// Stands in for what CloudFront sends in the deployed service: 48 letters and digits.
const SECRET = 'TestOnlyOriginVerifySecret'.padEnd(48, '0');

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  logger.setLogLevel('SILENT');
  table = await freshTable();
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  table?.documents.destroy();
  table?.client.destroy();
});

/** The submit handler in this process, as the Lambda runs it: with a secret, or (twin, tests) without. */
const handlerWith = (originSecret: string | undefined) => {
  const handler = makeSubmitHandler({
    config: testConfig(),
    store: table.store,
    now: () => new Date(),
    hashKey: TEST_HASH_KEY,
    originSecret,
  });
  return async (...args: Parameters<typeof apiEvent>) =>
    (await handler(apiEvent(...args), {} as never)) as HttpResult;
};

const postReferral = (headers: Record<string, string> = {}) =>
  [
    'POST',
    '/api/forms/referral',
    { body: JSON.stringify(VALID_ANSWERS.referral), contentType: JSON_TYPE, headers },
  ] as const;

const expectRefused = (response: HttpResult) => {
  expect(response.statusCode).toBe(403);
  expect(response.headers).toMatchObject({
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  const { errors } = JSON.parse(String(response.body)) as { errors: { message: string }[] };
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toMatch(/website/);
  // Nothing of the secret comes back.
  expect(String(response.body)).not.toContain(SECRET);
};

describe('with an origin-verify secret (the deployed function)', () => {
  const call = () => handlerWith(SECRET);

  beforeAll(async () => {
    await table.clear();
  });

  it.each([
    ['no header', {}],
    ['an empty header', { [ORIGIN_VERIFY_HEADER]: '' }],
    ['a wrong value', { [ORIGIN_VERIFY_HEADER]: SECRET.replace(/.$/, 'x') }],
    ['the value with a prefix', { [ORIGIN_VERIFY_HEADER]: `x${SECRET}` }],
    ['the value cut short', { [ORIGIN_VERIFY_HEADER]: SECRET.slice(0, 32) }],
    ['another header of that value', { 'x-origin-verified': SECRET }],
  ])('refuses a form post with %s (403) and stores nothing', async (_name, headers) => {
    expectRefused(await call()(...postReferral(headers)));
    expect(await table.allItems()).toEqual([]);
  });

  it('refuses before routing or reading the body: unknown paths and bad bodies get 403 too', async () => {
    expectRefused(await call()('GET', '/api/forms'));
    expectRefused(await call()('GET', '/api/nothing-here'));
    expectRefused(await call()('POST', '/api/forms/referral', { body: '{"name": ', contentType: JSON_TYPE }));
    expectRefused(await call()('POST', '/api/forms/referral', { body: 'x', contentType: 'text/plain' }));
    expect(await table.allItems()).toEqual([]);
  });

  it('refuses a forged CloudFront-Viewer-Address without the secret', async () => {
    expectRefused(await call()(...postReferral({ 'cloudfront-viewer-address': '198.51.100.7:443' })));
    expect(await table.allItems()).toEqual([]);
  });

  it('stores a form post that carries the secret (201)', async () => {
    const response = await call()(...postReferral({ [ORIGIN_VERIFY_HEADER]: SECRET }));
    expect(response.statusCode).toBe(201);
    const { reference } = JSON.parse(String(response.body)) as { reference: string };
    const stored = (await table.allItems()).filter((i) => i.kind === 'submission');
    expect(stored.map((i) => i.reference)).toEqual([reference]);
  });

  it('never logs the header it was sent, right or wrong', async () => {
    const logged = (['debug', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(logger, level));
    const wrong = `${SECRET.slice(0, 40)}WRONGONE`;
    await call()(...postReferral({ [ORIGIN_VERIFY_HEADER]: wrong }));
    await call()(...postReferral({ [ORIGIN_VERIFY_HEADER]: SECRET }));
    const lines = logged.flatMap((spy) => spy.mock.calls.map((args) => JSON.stringify(args)));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(wrong);
      expect(line).not.toContain(SECRET);
    }
  });

  it('answers other requests that carry it as usual', async () => {
    const response = await call()('GET', '/api/forms', { headers: { [ORIGIN_VERIFY_HEADER]: SECRET } });
    expect(response.statusCode).toBe(200);
  });
});

describe('without a secret (the local twin and other tests)', () => {
  const call = () => handlerWith(undefined);

  beforeAll(async () => {
    await table.clear();
  });

  it('needs no header', async () => {
    const response = await call()(...postReferral());
    expect(response.statusCode).toBe(201);
    expect((await table.allItems()).filter((i) => i.kind === 'submission')).toHaveLength(1);
  });

  it('ignores one that is sent', async () => {
    const response = await call()('GET', '/api/forms', { headers: { [ORIGIN_VERIFY_HEADER]: 'anything' } });
    expect(response.statusCode).toBe(200);
  });
});

describe('form posts another website made a browser send', () => {
  const call = () => handlerWith(undefined);
  beforeAll(async () => {
    await table.clear();
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['an Origin of another site (an older browser)', { origin: 'https://evil.example' }],
  ])('are refused (403) with %s, and nothing is stored', async (_name, headers) => {
    const response = await call()(...postReferral(headers));
    expect(response.statusCode).toBe(403);
    expect(String(response.body)).toContain('another website');
    expect(await table.allItems()).toEqual([]);
  });

  it.each([
    ['from the site itself', { 'sec-fetch-site': 'same-origin', origin: 'null' }],
    ['typed or bookmarked (none)', { 'sec-fetch-site': 'none' }],
    ['from a server that sends neither', {}],
    ['with the site’s own Origin and no Sec-Fetch-Site', { origin: 'http://localhost:3000' }],
  ])('are served %s', async (_name, headers) => {
    expect((await call()(...postReferral(headers))).statusCode).toBe(201);
  });
});
