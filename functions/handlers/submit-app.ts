import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { COUNTED_LOG_MESSAGES } from '../contract/service-contract.ts';
import { answerSubmission } from '../http/actions/answer-submission.ts';
import { describeForm, listForms } from '../http/actions/describe-forms.ts';
import { offerUpload } from '../http/actions/offer-upload.ts';
import { showConfirmation } from '../http/actions/show-confirmation.ts';
import { formInLanguage, requestLanguage } from '../http/form-language.ts';
import { originCheck } from '../http/origin-check.ts';
import { type EventWithBody, readBody } from '../http/read-body.ts';
import { refuseCrossSitePosts } from '../http/refuse-cross-site.ts';
import { noStore, respondToErrors } from '../http/respond-to-errors.ts';
import type { HttpResult } from '../http/responses.ts';
import { resolveRoute } from '../http/routes.ts';
import { logContext, logger } from '../observability/logger.ts';
import { type SubmitDeps, submitForm } from '../submissions/submit-form.ts';

/**
 * Behind CloudFront, API Gateway's source IP is the edge. CloudFront-Viewer-Address ("ip:port")
 * is set by CloudFront and cannot be forged by the viewer, unlike X-Forwarded-For; a caller
 * skipping CloudFront could set it, but the origin check refuses those before this runs.
 */
const browserOf = (event: EventWithBody): string => {
  const viewer =
    event.headers['cloudfront-viewer-address']?.replace(/:\d+$/, '') ?? event.requestContext.http.sourceIp;
  return `${viewer}|${event.requestContext.http.userAgent}`;
};

export interface SubmitHandlerDeps extends SubmitDeps {
  /**
   * The secret CloudFront sends in x-origin-verify; requests without it get a 403. Only the
   * deployed function has one: the local twin and most tests have no CloudFront in front.
   */
  originSecret?: string | undefined;
}

/**
 * The forms API as a middy handler, given its dependencies so the Lambda entry point, the local
 * twin and the tests all run the same code against different stores.
 */
export const makeSubmitHandler = (deps: SubmitHandlerDeps) =>
  middy<APIGatewayProxyEventV2, HttpResult>()
    .use(logContext('requestContext.requestId'))
    .use(noStore())
    .use(respondToErrors(deps.config))
    .use(originCheck(deps.originSecret))
    .use(refuseCrossSitePosts(deps.config.siteUrl))
    .use(resolveRoute())
    .use(readBody())
    .handler(async (event: EventWithBody): Promise<HttpResult> => {
      const route = event.route;
      if (!route) throw new Error('resolveRoute() must run before the handler');
      switch (route.name) {
        case 'list-forms':
          return listForms();
        case 'describe-form':
          return describeForm(route.form);
        case 'confirmation': {
          const { form, config } = formInLanguage(
            route.form,
            deps.config,
            requestLanguage(event, deps.config),
          );
          return showConfirmation(form, config, event);
        }
        case 'uploads':
          // A ticket posted back asks for the first look at that upload (refused at once).
          return offerUpload(route.form, deps, {
            ticket: event.parsedBody?.fields.ticket,
            language: requestLanguage(event, deps.config),
          });
        case 'submit': {
          const body = event.parsedBody ?? { kind: 'json', fields: {} };
          // Problems and the confirmation come back in the language the form was shown in.
          const { form, config } = formInLanguage(
            route.form,
            deps.config,
            requestLanguage(event, deps.config),
          );
          const outcome = await submitForm(form, body.fields, deps, browserOf(event));
          logger.info('submission', {
            formId: route.form.id,
            outcome: outcome.kind,
            duplicate: 'duplicate' in outcome && outcome.duplicate,
          });
          // Counted by metric filters (infra: SuspectedSubmissions, and UrgentSuspectedSubmission
          // for those with an urgent marker); operators list them with `ops suspected`.
          if (outcome.kind === 'accepted' && outcome.suspected && !outcome.duplicate)
            logger.warn(COUNTED_LOG_MESSAGES.suspectedSubmission, {
              formId: route.form.id,
              because: outcome.suspected,
              urgent: outcome.urgent,
            });
          return answerSubmission(form, config, body, outcome);
        }
      }
    });
