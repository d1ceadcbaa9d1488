import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import type { ClosingNote, FormDefinition } from '../forms/types.ts';
import { sentence } from '../forms/words.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t, template } from '../i18n/ui.ts';
import { escapeHtml } from './escape-html.ts';
import { renderDocument } from './layout.ts';
import { contactDetails, dangerNotice } from './notices.ts';
import { link, richText } from './rich-text.ts';

/** The definition's closing note: thanks, or a pointer to another form. */
const closingHtml = ({ heading, text, link }: ClosingNote, language: Language): string => {
  const linked = link
    ? ` <a class="govuk-link" href="${localisedPath(PATHS.form(link.formId), language)}">${escapeHtml(link.text)}</a>${escapeHtml(link.after)}`
    : '';
  return `${heading ? `<h2 class="govuk-heading-m">${escapeHtml(heading)}</h2>\n` : ''}<p class="govuk-body">${escapeHtml(text)}${linked}</p>`;
};

/** "Referral sent", "Atgyfeiriad … wedi’i anfon": the panel's and the page's title. */
export const confirmationTitle = (form: FormDefinition): string =>
  t(form.language ?? 'en', 'confirmation.title', { noun: sentence(form.noun) });

/** The main content of a confirmation: reference, what happens next, contact and the closing note. */
export const renderConfirmationMain = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string => {
  const language = form.language ?? 'en';
  const safety = form.sensitive
    ? `<p class="govuk-body">${richText(template(language, 'confirmation.clearHistoryLine'), { html: { link: link(localisedPath(PATHS.onlineSafety, language), t(language, 'confirmation.clearHistory')) } })}</p>\n`
    : '';
  return `<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<div class="govuk-panel govuk-panel--confirmation">
<h1 class="govuk-panel__title">${escapeHtml(confirmationTitle(form))}</h1>
<div class="govuk-panel__body">${escapeHtml(t(language, 'confirmation.yourReference'))}<br><strong data-reference>${escapeHtml(reference)}</strong></div>
</div>
<p class="govuk-body">${escapeHtml(t(language, 'confirmation.keep'))}</p>
${form.contact ? `<p class="govuk-body">${escapeHtml(form.contact.whenEmailed)}</p>\n` : ''}<h2 class="govuk-heading-m">${escapeHtml(t(language, 'confirmation.next'))}</h2>
<ul class="govuk-list govuk-list--bullet">
${form.whatHappensNext.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}
</ul>
${dangerNotice(config, language)}
<h2 class="govuk-heading-m">${escapeHtml(t(language, 'confirmation.contactUs'))}</h2>
<p class="govuk-body">${escapeHtml(t(language, 'confirmation.contactIntro', { service: config.serviceName }))}</p>
${contactDetails(config, language)}
${safety}${closingHtml(form.closingNote, language)}
</div>
</div>`;
};

/** A whole HTML document confirming a submission; the handler answers the post-redirect with it. */
export const renderConfirmationPage = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string => {
  const language = form.language ?? 'en';
  // The switch keeps the reference: the same confirmation in each language offered.
  const alternates = Object.fromEntries(
    config.languages.map((lang) => [lang, PATHS.confirmation(form.id, reference, lang)]),
  );
  return renderDocument(
    { config, title: confirmationTitle(form), exitThisPage: form.sensitive, language, alternates },
    renderConfirmationMain(form, config, reference),
  );
};
