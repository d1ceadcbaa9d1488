import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ClientError } from './client-error.ts';
import { fromAnotherSite } from './cross-site.ts';

/**
 * Refuses, with a 403 and before the body is read, a form post another website made a visitor's
 * browser send (each from its own address, past any rate limit). CloudFront forwards Origin and
 * Sec-Fetch-Site to the API for this.
 */
export const refuseCrossSitePosts = (siteUrl: string): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: (request) => {
    const { event } = request;
    if (event.requestContext.http.method !== 'POST') return;
    if (fromAnotherSite(event.headers ?? {}, siteUrl)) {
      throw new ClientError(403, 'api.crossSite');
    }
  },
});
