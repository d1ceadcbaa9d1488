import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ServiceConfig } from '../../config/schema.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { renderConfirmationPage } from '../../pages/confirmation-page.ts';
import { clearCodeCookie, codeFromCookie } from '../../returning/code-cookie.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import { ClientError } from '../client-error.ts';
import { type HttpResult, htmlResponse } from '../responses.ts';

/**
 * The page a plain form post lands on. It shows only the reference from the address (checked
 * against the reference format) and never looks the submission up, so it reveals nothing. The
 * return code, when the submit answer left one in its cookie, is shown this once: the cookie is
 * cleared with this page, so a reload, Back or the language switch shows it no more.
 */
export const showConfirmation = (
  form: FormDefinition,
  config: ServiceConfig,
  event: APIGatewayProxyEventV2,
): HttpResult => {
  const reference = event.queryStringParameters?.reference ?? '';
  if (!REFERENCE_PATTERN.test(reference) || !reference.startsWith(`${form.referencePrefix}-`)) {
    throw new ClientError(404, 'confirmation.notFound');
  }
  const returnCode = codeFromCookie(event.cookies ?? event.headers?.cookie, reference);
  const page = htmlResponse(200, renderConfirmationPage(form, config, reference, returnCode));
  return returnCode ? { ...page, cookies: [clearCodeCookie(form.id)] } : page;
};
