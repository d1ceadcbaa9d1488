import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import type { ClosingNote, FormDefinition } from '../forms/types.ts';
import { sentence } from '../forms/words.ts';
import { escapeHtml } from './escape-html.ts';
import { renderDocument } from './layout.ts';
import { contactDetails, dangerNotice } from './notices.ts';

/** The definition's closing note: thanks, or a pointer to another form. */
const closingHtml = ({ heading, text, link }: ClosingNote): string => {
  const linked = link
    ? ` <a class="govuk-link" href="${PATHS.form(link.formId)}">${escapeHtml(link.text)}</a>${escapeHtml(link.after)}`
    : '';
  return `${heading ? `<h2 class="govuk-heading-m">${escapeHtml(heading)}</h2>\n` : ''}<p class="govuk-body">${escapeHtml(text)}${linked}</p>`;
};

/** The main content of a confirmation: reference, what happens next, contact and the closing note. */
export const renderConfirmationMain = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string => {
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
${safety}${closingHtml(form.closingNote)}
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
