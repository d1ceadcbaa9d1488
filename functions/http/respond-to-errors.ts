import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ClientError } from './client-error.ts';
import { logger } from './logger.ts';
import { bodyKindOf } from './read-body.ts';
import { htmlResponse, jsonResponse } from './responses.ts';

const SERVER_MESSAGE =
  'Sorry, there is a problem with the service. Try again later. Your answers have not been sent.';

const htmlProblemPage = (title: string, message: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
  `<body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Go to the start</a></p></main></body></html>`;

const wantsHtml = (event: APIGatewayProxyEventV2): boolean =>
  bodyKindOf(event.headers?.['content-type']) === 'form' ||
  (event.headers?.accept ?? '').includes('text/html');

/**
 * The one place errors become responses. A ClientError is answered with its status and message;
 * anything else is logged by name only (no personal data) and answered with a generic 500.
 */
export const respondToErrors = (): MiddlewareObj<APIGatewayProxyEventV2> => ({
  onError: (request) => {
    const error = request.error;
    const html = wantsHtml(request.event);
    if (error instanceof ClientError) {
      logger.info('client error', { statusCode: error.statusCode });
      request.response = html
        ? htmlResponse(error.statusCode, htmlProblemPage('There is a problem', error.message), error.headers)
        : jsonResponse(error.statusCode, { errors: error.errors }, error.headers);
      return;
    }
    logger.error('unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
    request.response = html
      ? htmlResponse(500, htmlProblemPage('Sorry, there is a problem with the service', SERVER_MESSAGE))
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
