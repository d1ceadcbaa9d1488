import type { ServiceConfig } from '../../config/schema.ts';
import { PATHS } from '../../contract/service-contract.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { renderFormPage } from '../../pages/form-page.ts';
import { codeCookie } from '../../returning/code-cookie.ts';
import type { SubmitOutcome } from '../../submissions/submit-form.ts';
import type { ParsedBody } from '../read-body.ts';
import { type HttpResult, htmlResponse, jsonResponse, redirect } from '../responses.ts';

/**
 * Turns the use case's outcome into the reply the client expects: JSON for scripts, and for a
 * plain form post a redirect to the confirmation page or the form again with its problems.
 */
export const answerSubmission = (
  form: FormDefinition,
  config: ServiceConfig,
  body: ParsedBody,
  outcome: SubmitOutcome,
): HttpResult => {
  if (outcome.kind === 'invalid') {
    return body.kind === 'json'
      ? jsonResponse(422, { errors: outcome.errors })
      : htmlResponse(422, renderFormPage(form, config, { values: body.fields, errors: outcome.errors }));
  }
  // The return code goes to the confirmation page in a cookie, never in the address or the JSON.
  const cookies = outcome.returnCode ? [codeCookie(form.id, outcome.reference, outcome.returnCode)] : [];
  const answer =
    body.kind === 'form'
      ? redirect(PATHS.confirmation(form.id, outcome.reference, form.language))
      : // A repeat is answered exactly like the first attempt, and a bot exactly like a person.
        jsonResponse(201, { reference: outcome.reference });
  return cookies.length > 0 ? { ...answer, cookies } : answer;
};
