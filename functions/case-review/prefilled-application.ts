import type { ServiceConfig } from '../config/schema.ts';
import { caseReview } from '../forms/case-review.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type HttpResult, htmlResponse } from '../http/responses.ts';
import { localiseForm } from '../i18n/localise-form.ts';
import { renderFormPage } from '../pages/form-page.ts';
import type { ReturnSession } from '../returning/types.ts';
import type { ReturnAccessStore } from '../storage/return-access-store.ts';
import { signCaseLink } from './case-link.ts';
import { prefilledComplaints } from './prefill.ts';

/**
 * The ASB Case Review application for a person signed back in to their case at /return/
 * (issue 23 item 1): the public form, drawn by the return function with the complaints from their
 * case already filled in and the case's signed reference beside them. It posts to the form's own
 * address like any application, so nothing of it ever goes in an address, and it is only ever
 * drawn inside a session (the /return/ responses are never stored).
 */

/** The /return/ page name the status page links to. */
export const CASE_REVIEW_PAGE = 'case-review';

/** Whether a case's form tells people about the Case Review (the nuisance form), so offers it pre-filled. */
export const offersCaseReview = (form: Pick<FormDefinition, 'returning'>): boolean =>
  form.returning?.caseReviewNotice === true;

export interface PrefillDeps {
  config: ServiceConfig;
  access: Pick<ReturnAccessStore, 'complaintFactsForReturn'>;
  hashKey: Buffer;
}

/** The pre-filled application's page, or undefined when the case is gone (erased or expired meanwhile). */
export const prefilledApplication = async (
  deps: PrefillDeps,
  session: ReturnSession,
  now: Date,
): Promise<HttpResult | undefined> => {
  const facts = await deps.access.complaintFactsForReturn(session.reference);
  if (!facts) return undefined;
  const values = {
    ...prefilledComplaints(facts),
    [META_FIELDS.caseLink]: signCaseLink(deps.hashKey, session.reference, now),
  };
  const form = localiseForm(caseReview, session.language);
  return htmlResponse(200, renderFormPage(form, deps.config, { values, errors: [] }));
};
