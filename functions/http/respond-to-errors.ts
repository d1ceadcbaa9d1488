import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { localiseConfig } from '../i18n/localise-config.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { logger } from '../observability/logger.ts';
import { publicFrame } from '../pages/frame-words.ts';
import { renderDocument } from '../pages/layout.ts';
import { ClientError } from './client-error.ts';
import { requestLanguage } from './form-language.ts';
import { bodyKindOf, type EventWithBody } from './read-body.ts';
import { htmlResponse, jsonResponse } from './responses.ts';

/** A problem page in the site's own layout and the request's language, so a person without JavaScript still knows where they are. */
const htmlProblemPage = (
  config: ServiceConfig,
  language: Language,
  title: UiKey,
  message: string,
): string => {
  const local = localiseConfig(config, language);
  const heading = t(language, title);
  return renderDocument(
    { ...publicFrame(local, language), title: heading, hasErrors: true },
    html`<h1 class="govuk-heading-l">${heading}</h1><p class="govuk-body">${message}</p><p class="govuk-body"><a class="govuk-link" href="${localisedPath(PATHS.home, language)}">${t(language, 'page.goToStart', { service: local.serviceName })}</a></p>`,
  );
};

const wantsHtml = (event: APIGatewayProxyEventV2): boolean =>
  bodyKindOf(event.headers?.['content-type']) === 'form' ||
  (event.headers?.accept ?? '').includes('text/html');

/**
 * The one place errors become responses, in the request's language. A ClientError is answered
 * with its status and message; anything else is logged by name only (no personal data) and
 * answered with a generic 500.
 */
export const respondToErrors = (config: ServiceConfig): MiddlewareObj<EventWithBody> => ({
  onError: (request) => {
    const error = request.error;
    const html = wantsHtml(request.event);
    const language = requestLanguage(request.event, config);
    if (error instanceof ClientError) {
      logger.info('client error', { statusCode: error.statusCode });
      const message = error.messageIn(language);
      request.response = html
        ? htmlResponse(
            error.statusCode,
            htmlProblemPage(config, language, 'errors.title', message),
            error.headers,
          )
        : jsonResponse(error.statusCode, { errors: [{ field: '', message }] }, error.headers);
      return;
    }
    logger.error('unexpected error', { errorName: (error as Error)?.name ?? 'unknown' });
    const message = t(language, 'api.serverProblem');
    request.response = html
      ? htmlResponse(500, htmlProblemPage(config, language, 'serviceProblem.title', message))
      : jsonResponse(500, {
          errors: [{ field: '', message: `${t(language, 'serviceProblem.title')}. ${message}` }],
        });
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
