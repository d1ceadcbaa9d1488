import { CASE_REVIEW_PAGE, offersCaseReview } from '../../case-review/prefilled-application.ts';
import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { t, type UiKey } from '../../i18n/ui.ts';
import { contactDetails } from '../../pages/notices.ts';
import { link } from '../../pages/rich-text.ts';
import type { ReturnActionName, ReturnCaseView } from '../actions.ts';
import { offeredActions } from '../offered.ts';
import { renderReturnPage } from './return-frame.ts';
import { signOutLink } from './sign-out-link.ts';

/** Where a case stands, in three plain words' worth: never a step's name, a note or a person. */
export const standingKey = (view: ReturnCaseView): UiKey =>
  view.closed ? 'return.status.closed' : view.status ? 'return.status.active' : 'return.status.received';

const actionText = (form: FormDefinition, name: ReturnActionName, language: Language): string => {
  if (name === 'add') return form.returning?.addition.title ?? '';
  if (name === 'withdraw') return form.returning?.withdraw?.title ?? '';
  if (name === 'evidence') return t(language, 'returning.evidence.title');
  return t(language, 'return.status.contact');
};

/** Slice 23: the ASB Case Review application, pre-filled from their case, open or closed. */
const caseReviewLink = (form: FormDefinition, language: Language): Html | string =>
  offersCaseReview(form)
    ? html`<p class="govuk-body">${link(RETURN_PATHS.action(CASE_REVIEW_PAGE, language), t(language, 'return.status.caseReview'))}</p>\n`
    : '';

/** The page after sign-in: where it stands, and what they can do, from the form's definition. */
export const renderStatusPage = (
  config: ServiceConfig,
  form: FormDefinition,
  view: ReturnCaseView,
  language: Language,
): string => {
  const local = localiseConfig(config, language);
  const title = t(language, 'return.status.title');
  const actions = offeredActions(form, view);
  return renderReturnPage(
    { config, language, title },
    html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">${t(language, 'return.status.reference', { reference: view.reference })}</span>
<h1 class="govuk-heading-l">${title}</h1>
<h2 class="govuk-heading-m">${t(language, 'return.status.heading')}</h2>
<p class="govuk-body" data-standing>${t(language, standingKey(view))}</p>
${view.withdrawnAt ? html`<p class="govuk-body">${t(language, 'return.status.withdrawn')}</p>\n` : ''}${view.additions.length > 0 ? html`<p class="govuk-body">${t(language, 'return.status.added', { count: view.additions.length })}</p>\n` : ''}<h2 class="govuk-heading-m">${t(language, 'return.status.actions')}</h2>
${
  actions.length > 0
    ? html`<ul class="govuk-list">
${actions.map((name) => html`<li>${link(RETURN_PATHS.action(name, language), actionText(form, name, language))}</li>\n`)}</ul>`
    : html`<p class="govuk-body">${t(language, 'return.status.none', { service: local.serviceName })}</p>
${contactDetails(local, language)}`
}
${caseReviewLink(form, language)}${signOutLink(language)}
</div>
</div>`,
  );
};

/** After sign-out (not Exit this page, which goes straight to the exit site). */
export const renderSignedOutPage = (config: ServiceConfig, language: Language): string => {
  const title = t(language, 'return.signedOut.title');
  return renderReturnPage(
    { config, language, title },
    html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, 'return.signedOut.text')}</p>
<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'return.signIn.title'))}</p>`,
  );
};
