import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_HEADERS } from '../contract/service-contract.ts';
import type { HttpResult } from './responses.ts';

/**
 * Every page a function draws for one person (the staff workspace, the /return/ pages): never
 * stored (not in a shared cache, nor the browser's back/forward cache, so Back after Exit this page
 * shows nothing), framed by nobody, under the site's one CSP. CloudFront sends the same on AWS; the
 * handler sends them too, so the twin behaves the same.
 */
export const PRIVATE_PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  ...Object.fromEntries(
    Object.entries(CROSS_ORIGIN_HEADERS).map(([name, value]) => [name.toLowerCase(), value]),
  ),
};

/** Adds PRIVATE_PAGE_HEADERS to every answer, an error page's too. */
export const withPrivatePageHeaders = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const add = (request: { response?: HttpResult | null | undefined }) => {
    if (request.response) request.response.headers = { ...request.response.headers, ...PRIVATE_PAGE_HEADERS };
  };
  return { after: add, onError: add };
};
