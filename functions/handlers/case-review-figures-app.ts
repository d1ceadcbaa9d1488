import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { figuresCsv } from '../case-review/figures.ts';
import { renderFiguresNotFound, renderFiguresPage } from '../case-review/figures-page.ts';
import {
  isPublishedYear,
  loadPublishedFigures,
  loadPublishedYear,
} from '../case-review/published-figures.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { CASE_REVIEW_FIGURES_PATHS } from '../contract/service-contract.ts';
import { UTF8_BOM } from '../exports/csv.ts';
import { originCheck } from '../http/origin-check.ts';
import { csvResponse, type HttpResult, htmlResponse } from '../http/responses.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { logContext, logger } from '../observability/logger.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import type { Clock } from '../time/clock.ts';
import { londonDay } from '../time/london.ts';

export interface FiguresDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'allByForm' | 'erasedTallies'>;
  now: Clock;
  /** CloudFront's origin-verify secret (origin-check.ts); none locally. */
  originSecret?: string;
}

/**
 * Aggregate counts, the same for everyone: CloudFront and browsers may keep them five minutes, so
 * a busy day costs a few reads, and a new application shows within five minutes.
 */
export const FIGURES_CACHE = 'public, max-age=300';

type FiguresRequest =
  | { kind: 'page'; language: Language }
  | { kind: 'csv'; language: Language; startYear: number };

/** The page or a year's CSV, in a language the deployment offers; anything else is not found. */
export const figuresRequest = (path: string, languages: readonly Language[]): FiguresRequest | undefined => {
  for (const language of LANGUAGES.filter((l) => languages.includes(l))) {
    const prefix = CASE_REVIEW_FIGURES_PATHS.prefix(language);
    if (path === prefix || path === prefix.slice(0, -1)) return { kind: 'page', language };
    const csv = /^(\d{4})\.csv$/.exec(path.startsWith(prefix) ? path.slice(prefix.length) : '');
    if (csv) return { kind: 'csv', language, startYear: Number(csv[1]) };
  }
  return undefined;
};

/** Not found as a page, in the language of the address when the deployment offers it. */
const notFound = (config: ServiceConfig, path: string): HttpResult => {
  const language: Language = path.startsWith('/cy/') && config.languages.includes('cy') ? 'cy' : 'en';
  return htmlResponse(404, renderFiguresNotFound(config, language), { 'cache-control': 'no-store' });
};

const failures = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: (request) => {
    logger.error('figures unexpected error', { errorName: (request.error as Error)?.name ?? 'unknown' });
    // CloudFront answers a 5xx with the site's service-problem page.
    request.response = htmlResponse(500, 'Sorry, there is a problem with the service. Try again later.', {
      'cache-control': 'no-store',
    });
  },
});

/** The published ASB Case Review figures as a middy handler: the Lambda, the twin and the tests run this. */
export const makeFiguresHandler = (deps: FiguresDeps) =>
  middy<APIGatewayProxyEventV2, HttpResult>()
    .use(logContext('requestContext.requestId'))
    .use(failures())
    .use(originCheck(deps.originSecret))
    .handler(async (event): Promise<HttpResult> => {
      const method = event.requestContext?.http?.method ?? 'GET';
      const req = figuresRequest(event.rawPath, deps.config.languages);
      if (!req || (method !== 'GET' && method !== 'HEAD')) return notFound(deps.config, event.rawPath);
      const now = deps.now();
      if (req.kind === 'page') {
        const years = await loadPublishedFigures(deps.store, now, deps.config);
        const page = renderFiguresPage({
          config: deps.config,
          language: req.language,
          years,
          today: londonDay(now),
        });
        return htmlResponse(200, page, { 'cache-control': FIGURES_CACHE });
      }
      if (!isPublishedYear(req.startYear, now)) return notFound(deps.config, event.rawPath);
      const year = await loadPublishedYear(deps.store, req.startYear, now, deps.config);
      return csvResponse(200, `${UTF8_BOM}${figuresCsv(year.rows)}`, {
        'cache-control': FIGURES_CACHE,
        'content-disposition': `attachment; filename="case-review-figures-${req.startYear}.csv"`,
      });
    });
