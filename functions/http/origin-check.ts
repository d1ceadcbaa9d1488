import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../observability/logger.ts';
import { type HttpResult, jsonResponse } from './responses.ts';

/**
 * The header CloudFront adds to every request it sends the forms API, holding a secret only it and
 * the function know (infra/constructs/origin-verify.ts). API Gateway lower-cases header names.
 */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** Fixed-length digests, so the comparison takes the same time whatever was sent. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Refuses, with a 403, any request that did not come through CloudFront: the HTTP API's own
 * execute-api address is public and would skip the WAF, and a direct caller could set the
 * CloudFront-Viewer-Address header the duplicate guard trusts. It runs before the route is
 * resolved or the body read, so such a request learns nothing and stores nothing.
 *
 * Without a secret (the local twin and the tests, with no CloudFront in front) it lets everything
 * through. The header's value is never logged.
 */
export const originCheck = (
  secret: string | undefined,
): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  if (secret === undefined) return { before: () => undefined };
  const expected = digest(secret);
  return {
    before: (request) => {
      const sent = request.event.headers?.[ORIGIN_VERIFY_HEADER];
      if (sent !== undefined && timingSafeEqual(digest(sent), expected)) return undefined;
      logger.info('not through CloudFront', { statusCode: 403, headerSent: sent !== undefined });
      // An early response skips the other middlewares' `after`, so no-store is set here too.
      return jsonResponse(
        403,
        // A caller skipping CloudFront is a program, not a person on a page: English, and written
        // here, so the staff function (which shares this check) carries no catalogue.
        { errors: [{ field: '', message: 'Send forms through the website.' }] },
        { 'cache-control': 'no-store' },
      );
    },
  };
};
