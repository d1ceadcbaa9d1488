import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { RETURN_PATHS } from '../contract/service-contract.ts';
import { html } from '../html/html.ts';
import { originCheck } from '../http/origin-check.ts';
import { withPrivatePageHeaders } from '../http/private-page-headers.ts';
import { type HttpResult, htmlResponse } from '../http/responses.ts';
import type { Language } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { logContext, logger } from '../observability/logger.ts';
import { link } from '../pages/rich-text.ts';
import type { ReturnAccessDeps } from '../returning/access-deps.ts';
import { renderReturnPage } from '../returning/pages/return-frame.ts';
import { toReturnRequest } from '../returning/return-request.ts';
import { ReturnProblem, routeReturn } from '../returning/router.ts';

export type { ReturnAccessDeps };

const languageOfPath = (path: string): Language => (path.startsWith('/cy/') ? 'cy' : 'en');

/** A refusal or a failure as a page in the address's language: never a hint of what exists. */
const problemPage = (
  deps: ReturnAccessDeps,
  language: Language,
  status: number,
  key: 'return.notFound' | 'return.problem' | 'api.serverProblem',
) => {
  const title = t(language, status >= 500 ? 'serviceProblem.title' : 'errors.title');
  return htmlResponse(
    status,
    renderReturnPage(
      { config: deps.config, language, title, hasErrors: true },
      html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, key)}</p>
<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'return.signIn.title'))}</p>`,
    ),
  );
};

const returnErrors = (deps: ReturnAccessDeps): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: (request) => {
    const { error } = request;
    const language = deps.config.languages.includes('cy') ? languageOfPath(request.event.rawPath) : 'en';
    if (error instanceof ReturnProblem) {
      logger.info('return client error', { statusCode: error.statusCode });
      request.response = problemPage(
        deps,
        language,
        error.statusCode,
        error.statusCode === 404 ? 'return.notFound' : 'return.problem',
      );
      return;
    }
    logger.error('return unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
    request.response = problemPage(deps, language, 500, 'api.serverProblem');
  },
});

const STATUS = { 'not-found': 404, method: 405, 'too-large': 413, 'wrong-type': 415 } as const;

/** The way back in as a middy handler: the Lambda, the twin and the tests run this same code. */
export const makeReturnHandler = (deps: ReturnAccessDeps) =>
  middy<APIGatewayProxyEventV2, HttpResult>()
    .use(logContext('requestContext.requestId'))
    .use(withPrivatePageHeaders())
    .use(returnErrors(deps))
    .use(originCheck(deps.originSecret))
    .handler(async (event): Promise<HttpResult> => {
      const req = toReturnRequest(event);
      if (typeof req === 'string') throw new ReturnProblem(STATUS[req]);
      return routeReturn(req, deps);
    });
