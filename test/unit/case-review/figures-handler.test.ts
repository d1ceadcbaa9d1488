import { beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { makeFiguresHandler } from '../../../functions/handlers/case-review-figures-app.ts';
import { ORIGIN_VERIFY_HEADER } from '../../../functions/http/origin-check.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { apiEvent } from '../../support/stand-ins.ts';

const SECRET = 'TestOnlyOriginVerifySecret'.padEnd(48, '0');
const NOW = new Date('2027-05-10T10:00:00.000Z');
/** No applications: the handler's answers, not the counts, are what is tested here. */
const store = { allByForm: async <T>(): Promise<T[]> => [], erasedTallies: async () => [] };

beforeAll(() => logger.setLogLevel('SILENT'));

const call = async (method: string, path: string, headers: Record<string, string> = {}) =>
  (await makeFiguresHandler({ config: serviceConfig, store, now: () => NOW, originSecret: SECRET })(
    apiEvent(method, path, { headers }),
    {} as never,
  )) as HttpResult;

const through = { [ORIGIN_VERIFY_HEADER]: SECRET };

describe('the figures function', () => {
  it('refuses what did not come through CloudFront', async () => {
    expect((await call('GET', '/case-review/figures/')).statusCode).toBe(403);
    expect((await call('GET', '/case-review/figures/', { [ORIGIN_VERIFY_HEADER]: 'guess' })).statusCode).toBe(
      403,
    );
  });

  it('answers GET and HEAD of the page and a CSV, cached five minutes', async () => {
    for (const method of ['GET', 'HEAD']) {
      const page = await call(method, '/case-review/figures/', through);
      expect(page.statusCode).toBe(200);
      expect(page.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, max-age=300',
      });
      const csv = await call(method, '/cy/case-review/figures/2026.csv', through);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="case-review-figures-2026.csv"');
    }
  });

  it('answers anything else with a page not found, never kept', async () => {
    for (const [method, path] of [
      ['POST', '/case-review/figures/'],
      ['GET', '/case-review/figures/2028.csv'],
      ['GET', '/cy/case-review/figures/nothing'],
    ] as const) {
      const res = await call(method, path, through);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
