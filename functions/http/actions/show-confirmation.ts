import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ServiceConfig } from '../../config/schema.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { renderConfirmationPage } from '../../pages/confirmation-page.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import { ClientError } from '../client-error.ts';
import { type HttpResult, htmlResponse } from '../responses.ts';

/**
 * The page a plain form post lands on. It shows only the reference from the address (checked
 * against the reference format) and never looks the submission up, so it reveals nothing.
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
  return htmlResponse(200, renderConfirmationPage(form, config, reference));
};
