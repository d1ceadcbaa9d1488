import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import type { FormDefinition } from '../forms/types.ts';
import { escapeHtml } from './escape-html.ts';
import { renderDocument } from './layout.ts';
import { contactDetails, dangerNotice } from './notices.ts';

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The main content of a confirmation: reference, what happens next, contact and feedback. */
export const renderConfirmationMain = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string => {
  const feedbackLink =
    form.id === 'feedback'
      ? '<p class="govuk-body">Thank you for taking the time to tell us how it went.</p>'
      : `<h2 class="govuk-heading-m">After a restorative meeting</h2>
<p class="govuk-body">If you take part in a restorative meeting, you can <a class="govuk-link" href="${PATHS.form('feedback')}">tell us how it went</a>. It helps us improve.</p>`;
  const safety = form.sensitive
    ? `<p class="govuk-body">If someone else uses this device, you may want to <a class="govuk-link" href="${PATHS.onlineSafety}">clear your browsing history</a>.</p>\n`
    : '';
  return `<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<div class="govuk-panel govuk-panel--confirmation">
<h1 class="govuk-panel__title">${escapeHtml(sentence(form.noun))} sent</h1>
<div class="govuk-panel__body">Your reference number<br><strong data-reference>${escapeHtml(reference)}</strong></div>
</div>
<p class="govuk-body">Keep this reference if it is safe to. You can quote it if you contact us.</p>
${form.contact ? `<p class="govuk-body">${escapeHtml(form.contact.whenEmailed)}</p>\n` : ''}<h2 class="govuk-heading-m">What happens next</h2>
<ul class="govuk-list govuk-list--bullet">
${form.whatHappensNext.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}
</ul>
${dangerNotice(config)}
<h2 class="govuk-heading-m">Contact us</h2>
<p class="govuk-body">If you have a question, or want to change or withdraw what you sent, contact ${escapeHtml(config.serviceName)}:</p>
${contactDetails(config)}
${safety}${feedbackLink}
</div>
</div>`;
};

/** A whole HTML document confirming a submission; the handler answers the post-redirect with it. */
export const renderConfirmationPage = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string =>
  renderDocument(
    { config, title: `${sentence(form.noun)} sent`, exitThisPage: form.sensitive },
    renderConfirmationMain(form, config, reference),
  );
