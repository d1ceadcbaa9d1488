import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { originCheck } from '../http/origin-check.ts';
import { withPrivatePageHeaders } from '../http/private-page-headers.ts';
import type { HttpResult } from '../http/responses.ts';
import { logContext, logger } from '../observability/logger.ts';
import type { StaffDeps } from '../staff/deps.ts';
import { SignInNeeded, StaffProblem } from '../staff/errors.ts';
import { admit, refuseCrossSite } from '../staff/guards.ts';
import { signInNeededPage } from '../staff/pages/simple-pages.ts';
import { messagePage } from '../staff/pages/staff-layout.ts';
import { toStaffRequest } from '../staff/request.ts';
import { pageResponse } from '../staff/respond.ts';
import { matchStaffRoute, navigationFor } from '../staff/routes.ts';

export type { StaffDeps };

/** Problems become pages: sign in (401), 4xx with a reason, or a 500 logged by error name only. */
const staffErrors = (deps: StaffDeps): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: (request) => {
    const { error } = request;
    const { config } = deps;
    if (error instanceof SignInNeeded) {
      request.response = pageResponse(401, signInNeededPage(config, error.returnTo, error.ended));
    } else if (error instanceof StaffProblem) {
      logger.info('staff client error', { statusCode: error.statusCode });
      request.response = pageResponse(
        error.statusCode,
        messagePage({ config, title: error.title, hasErrors: true }, [error.message]),
      );
    } else {
      logger.error('staff unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
      request.response = pageResponse(
        500,
        messagePage({ config, title: 'Sorry, there is a problem with the workspace', hasErrors: true }, [
          'Try again later. Nothing has been changed.',
        ]),
      );
    }
  },
});

/** The staff workspace as a middy handler: the Lambda, the twin and the tests run this same code. */
export const makeStaffHandler = (deps: StaffDeps) =>
  middy<APIGatewayProxyEventV2, HttpResult>()
    .use(logContext('requestContext.requestId'))
    .use(withPrivatePageHeaders())
    .use(staffErrors(deps))
    .use(originCheck(deps.originSecret))
    .handler(async (event): Promise<HttpResult> => {
      // The row first: an unknown address is a 404 and a wrong method a 405 before anything is read.
      const { row, reference } = matchStaffRoute(event.requestContext.http.method, event.rawPath);
      const req = toStaffRequest(event, deps.config.siteUrl);
      await refuseCrossSite(req, deps);
      if (row.access === 'signed-out') return row.action({ req, deps });
      const signedIn = await admit(req, deps, row, reference);
      const { member, csrfToken } = signedIn.session;
      const frame = {
        config: deps.config,
        member,
        csrfToken,
        links: navigationFor(member, deps.config, row),
      };
      return row.action({ req, deps, signedIn, frame, reference });
    });
