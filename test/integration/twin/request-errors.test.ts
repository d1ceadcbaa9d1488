import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEveryRequest } from '../../../local/twin-requests.ts';

/**
 * The twin's request listener with handlers that go wrong in every way a handler can: each such
 * request gets a 500 reply (with no detail of the error), and the server goes on serving.
 */
describe('the twin when a handler fails', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(
      answerEveryRequest({
        site: (pathname, res) => {
          if (pathname === '/throws') throw new Error('secret detail');
          res.writeHead(200, { 'content-type': 'text/plain' }).end('site');
        },
        api: async (event) => {
          if (event.rawPath === '/api/rejects') throw new Error('secret detail');
          if (event.rawPath === '/api/later') {
            await new Promise((r) => setTimeout(r, 10));
            throw new TypeError('secret detail');
          }
          if (event.rawPath === '/api/bad-header') return { statusCode: 200, headers: { 'x-bad': 'a\nb' } };
          return { statusCode: 200, body: 'api' };
        },
        staff: () => undefined,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(['/throws', '/api/rejects', '/api/later', '/api/bad-header'])(
    'answers %s with a 500 and nothing of the error',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it('says the workspace is starting while its sign-in provider is not ready', async () => {
    expect((await fetch(`${base}/staff/`)).status).toBe(503);
  });

  it('goes on serving after each of them', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('site');
    expect(await (await fetch(`${base}/api/fine`)).text()).toBe('api');
  });
});
