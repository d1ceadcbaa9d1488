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
 * Whether a request came through CloudFront: it carries the secret in x-origin-verify. The HTTP
 * API's own execute-api address is public and would skip the WAF, so every function behind it
 * asks this first. Without a secret (the local twin and the tests, with no CloudFront in front)
 * every request did. The header's value is never logged.
 */
export const throughCloudFront = (
  secret: string | undefined,
): ((headers: Record<string, string | undefined> | undefined) => boolean) => {
  if (secret === undefined) return () => true;
  const expected = digest(secret);
  return (headers) => {
    const sent = headers?.[ORIGIN_VERIFY_HEADER];
    if (sent !== undefined && timingSafeEqual(digest(sent), expected)) return true;
    logger.info('not through CloudFront', { statusCode: 403, headerSent: sent !== undefined });
    return false;
  };
};

/**
 * Refuses, with a 403, any request that did not come through CloudFront (throughCloudFront): a
 * direct caller would also skip the WAF and could set the CloudFront-Viewer-Address header the
 * duplicate guard trusts. It runs before the route is resolved or the body read, so such a
 * request learns nothing and stores nothing.
 */
export const originCheck = (
  secret: string | undefined,
): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const passes = throughCloudFront(secret);
  return {
    before: (request) => {
      if (passes(request.event.headers)) return undefined;
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
