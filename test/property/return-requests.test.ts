import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessReturn } from '../integration/returning/return-access.ts';
import { apiEvent } from '../support/stand-ins.ts';
import { expectPrototypesClean, PROTOTYPE_KEYS } from './in-process.ts';

/**
 * Every /return/ address, with hostile paths, query strings, form fields and cookies, straight
 * into the return handler: whatever arrives, the answer is a page, a redirect or a 4xx, never a
 * 500, and nothing reaches an object's prototype.
 */

let app: Awaited<ReturnType<typeof inProcessReturn>>;
let session = '';

beforeAll(async () => {
  app = await inProcessReturn();
  const { reference, code } = await app.send();
  session = (await app.signIn(reference, code)).id ?? '';
}, 120_000);

afterAll(() => app?.destroy());

const PATHS = [
  '/return/',
  '/return',
  '/cy/return/',
  '/return/add',
  '/return/contact',
  '/return/withdraw',
  '/return/exit',
  '/return/sign-out',
  '/return/nope',
  '/xx/return/',
  '/return/add/NR-2345-6789',
  '/return//',
];
const NAMES = [...PROTOTYPE_KEYS, 'reference', 'code', 'what', ''];
const value = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('NR-2345-6789', '7KQM-4XPD-9T2B', '%', '\u0000', 'a'.repeat(3000)),
);

describe('hostile requests to /return/', () => {
  it('get a page, a redirect or a 4xx, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        fc.constantFrom('GET', 'POST', 'PUT'),
        fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 5 }),
        fc.oneof(fc.constant(''), fc.constant(session), fc.string({ maxLength: 120 })),
        fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
        async (path, method, pairs, cookie, contentType) => {
          const fields = new URLSearchParams(pairs).toString();
          const answer = await (async () => {
            const event = apiEvent(method, path, {
              ...(method === 'GET' ? { query: Object.fromEntries(pairs) } : { body: fields, contentType }),
              headers: {
                'sec-fetch-site': 'same-origin',
                ...(cookie ? { cookie: `return-session=${cookie}` } : {}),
              },
            });
            return app.call(event);
          })();
          expect([200, 303, 403, 404, 405, 413, 415, 422, 429]).toContain(answer.statusCode);
        },
      ),
      { numRuns: 300 },
    );
    expectPrototypesClean();
  });
});
