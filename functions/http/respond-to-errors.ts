import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ServiceConfig } from '../config/schema.ts';
import { logger } from '../observability/logger.ts';
import { escapeHtml } from '../pages/escape-html.ts';
import { renderDocument } from '../pages/layout.ts';
import { ClientError } from './client-error.ts';
import { bodyKindOf } from './read-body.ts';
import { htmlResponse, jsonResponse } from './responses.ts';

const SERVER_MESSAGE =
  'Sorry, there is a problem with the service. Try again later. Your answers have not been sent.';

/** A problem page in the site's own layout, so a person without JavaScript still knows where they are. */
const htmlProblemPage = (config: ServiceConfig, title: string, message: string): string =>
  renderDocument(
    { config, title, hasErrors: true },
    `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(message)}</p>` +
      '<p class="govuk-body"><a class="govuk-link" href="/">Go to the start</a></p>',
  );

const wantsHtml = (event: APIGatewayProxyEventV2): boolean =>
  bodyKindOf(event.headers?.['content-type']) === 'form' ||
  (event.headers?.accept ?? '').includes('text/html');

/**
 * The one place errors become responses. A ClientError is answered with its status and message;
 * anything else is logged by name only (no personal data) and answered with a generic 500.
 */
export const respondToErrors = (config: ServiceConfig): MiddlewareObj<APIGatewayProxyEventV2> => ({
  onError: (request) => {
    const error = request.error;
    const html = wantsHtml(request.event);
    if (error instanceof ClientError) {
      logger.info('client error', { statusCode: error.statusCode });
      request.response = html
        ? htmlResponse(
            error.statusCode,
            htmlProblemPage(config, 'There is a problem', error.message),
            error.headers,
          )
        : jsonResponse(error.statusCode, { errors: error.errors }, error.headers);
      return;
    }
    logger.error('unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
    request.response = html
      ? htmlResponse(
          500,
          htmlProblemPage(config, 'Sorry, there is a problem with the service', SERVER_MESSAGE),
        )
      : jsonResponse(500, { errors: [{ field: '', message: SERVER_MESSAGE }] });
  },
});

/** Answers must never sit in a shared cache. */
export const noStore = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  after: (request) => {
    if (request.response)
      request.response.headers = { ...request.response.headers, 'cache-control': 'no-store' };
  },
  onError: (request) => {
    if (request.response)
      request.response.headers = { ...request.response.headers, 'cache-control': 'no-store' };
  },
});
