import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_HEADERS } from '../contract/service-contract.ts';
import { originCheck } from '../http/origin-check.ts';
import { type HttpResult, htmlResponse } from '../http/responses.ts';
import { logContext, logger } from '../observability/logger.ts';
import { showAudit } from '../staff/actions/audit.ts';
import { eraseSubmission } from '../staff/actions/erase.ts';
import { runExport } from '../staff/actions/export.ts';
import { showInbox } from '../staff/actions/inbox.ts';
import { assign, recordStep, showStepForm } from '../staff/actions/progress.ts';
import { showReport } from '../staff/actions/report.ts';
import { finishSignIn, startSignIn } from '../staff/actions/sign-in.ts';
import { signOut } from '../staff/actions/sign-out.ts';
import { viewSubmission } from '../staff/actions/view.ts';
import type { StaffDeps } from '../staff/deps.ts';
import { SignInNeeded, StaffProblem } from '../staff/errors.ts';
import { refuseCrossSite, requireSession } from '../staff/guards.ts';
import { signedOutPage, signInNeededPage } from '../staff/pages/simple-pages.ts';
import { messagePage } from '../staff/pages/staff-layout.ts';
import { toStaffRequest } from '../staff/request.ts';
import { matchStaffRoute } from '../staff/routes.ts';

export type { StaffDeps };

/**
 * Every workspace response: never cached, framed by nobody, under the site's one CSP (CloudFront
 * sends the same headers on AWS; the handler sends them too, so the twin behaves the same).
 */
const STAFF_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  ...Object.fromEntries(
    Object.entries(CROSS_ORIGIN_HEADERS).map(([name, value]) => [name.toLowerCase(), value]),
  ),
};

const withStaffHeaders = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const add = (request: { response?: HttpResult | null | undefined }) => {
    if (request.response) request.response.headers = { ...request.response.headers, ...STAFF_HEADERS };
  };
  return { after: add, onError: add };
};

/** Problems become pages: sign in (401), 4xx with a reason, or a 500 logged by error name only. */
const staffErrors = (deps: StaffDeps): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: (request) => {
    const { error } = request;
    const { config } = deps;
    if (error instanceof SignInNeeded) {
      request.response = htmlResponse(401, signInNeededPage(config, error.returnTo, error.ended));
    } else if (error instanceof StaffProblem) {
      logger.info('staff client error', { statusCode: error.statusCode });
      request.response = htmlResponse(
        error.statusCode,
        messagePage({ config, title: error.title, hasErrors: true }, [error.message]),
      );
    } else {
      logger.error('staff unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
      request.response = htmlResponse(
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
    .use(withStaffHeaders())
    .use(staffErrors(deps))
    .use(originCheck(deps.originSecret))
    .handler(async (event): Promise<HttpResult> => {
      const route = matchStaffRoute(event.requestContext.http.method, event.rawPath);
      const req = toStaffRequest(event, deps.config.siteUrl);
      await refuseCrossSite(req, deps);
      switch (route.name) {
        case 'sign-in':
          return startSignIn(req, deps);
        case 'callback':
          return finishSignIn(req, deps);
        case 'signed-out':
          return htmlResponse(200, signedOutPage(deps.config));
        case 'sign-out': {
          const { idHash, session } = await requireSession(req, deps);
          return signOut(deps, idHash, session);
        }
        case 'inbox':
          return showInbox(req, deps, (await requireSession(req, deps)).session);
        case 'export':
          return runExport(req, deps, (await requireSession(req, deps)).session);
        case 'erase':
          return eraseSubmission(req, deps, await requireSession(req, deps), route.reference);
        case 'steps': {
          const signedIn = await requireSession(req, deps);
          return req.method === 'GET'
            ? showStepForm(req, deps, signedIn, route.reference)
            : recordStep(req, deps, signedIn, route.reference);
        }
        case 'assignee':
          return assign(req, deps, await requireSession(req, deps), route.reference);
        case 'report':
          return showReport(req, deps, await requireSession(req, deps));
        case 'audit':
          return showAudit(req, deps, await requireSession(req, deps));
        case 'submission':
          return viewSubmission(req, deps, await requireSession(req, deps), route.reference);
      }
    });
