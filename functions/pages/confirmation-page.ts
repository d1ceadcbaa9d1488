import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import type { ClosingNote, FormDefinition } from '../forms/types.ts';
import { sentence } from '../forms/words.ts';
import { govukPanel } from '../govuk/panel.ts';
import { type Html, html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { t, template } from '../i18n/ui.ts';
import { returnCodePanel } from '../returning/pages/return-code-panel.ts';
import { publicFrame } from './frame-words.ts';
import { renderDocument } from './layout.ts';
import { contactDetails, dangerNotice } from './notices.ts';
import { link, richText } from './rich-text.ts';

/** The definition's closing note: thanks, or a pointer to another form. */
const closingHtml = ({ heading, text, link }: ClosingNote, language: Language): Html => {
  const linked = link
    ? html` <a class="govuk-link" href="${localisedPath(PATHS.form(link.formId), language)}">${link.text}</a>${link.after}`
    : '';
  return html`${heading ? html`<h2 class="govuk-heading-m">${heading}</h2>\n` : ''}<p class="govuk-body">${text}${linked}</p>`;
};

/**
 * What happens next, with the promise kept to the form's first-contact target: {days} becomes
 * "2 working days" ("2 ddiwrnod gwaith"), the deployer's target where the configuration sets one.
 */
export const whatHappensNext = (form: FormDefinition, config: Pick<ServiceConfig, 'forms'>): string[] => {
  const days = config.forms[form.id]?.firstContactTarget?.days ?? form.progress.target.days;
  const words = MESSAGES[form.language ?? 'en'].workingDays(days);
  return form.whatHappensNext.map((step) => step.replaceAll('{days}', words));
};

/** "Referral sent", "Atgyfeiriad … wedi’i anfon": the panel's and the page's title. */
export const confirmationTitle = (form: FormDefinition): string =>
  t(form.language ?? 'en', 'confirmation.title', { noun: sentence(form.noun) });

/** The main content of a confirmation: reference, what happens next, contact and the closing note. */
export const renderConfirmationMain = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
  returnCode?: string,
): Html => {
  const language = form.language ?? 'en';
  const safety = form.sensitive
    ? html`<p class="govuk-body">${richText(template(language, 'confirmation.clearHistoryLine'), { html: { link: link(localisedPath(PATHS.onlineSafety, language), t(language, 'confirmation.clearHistory')) } })}</p>\n`
    : '';
  return html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${govukPanel({
  titleText: confirmationTitle(form),
  html: html`${t(language, 'confirmation.yourReference')}<br><strong data-reference>${reference}</strong>`,
})}
<p class="govuk-body">${t(language, 'confirmation.keep')}</p>
${returnCode ? returnCodePanel(returnCode, language, config.siteUrl) : ''}${form.contact ? html`<p class="govuk-body">${form.contact.whenEmailed}</p>\n` : ''}<h2 class="govuk-heading-m">${t(language, 'confirmation.next')}</h2>
<ul class="govuk-list govuk-list--bullet">
${whatHappensNext(form, config).map((step) => html`<li>${step}</li>\n`)}</ul>
${dangerNotice(config, language)}
<h2 class="govuk-heading-m">${t(language, 'confirmation.contactUs')}</h2>
<p class="govuk-body">${t(language, 'confirmation.contactIntro', { service: config.serviceName })}</p>
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
  /** Given once, on the first showing after Send (functions/returning/code-cookie.ts). */
  returnCode?: string,
): string => {
  const language = form.language ?? 'en';
  // The switch keeps the reference: the same confirmation in each language offered.
  const alternates = Object.fromEntries(
    config.languages.map((lang) => [lang, PATHS.confirmation(form.id, reference, lang)]),
  );
  return renderDocument(
    {
      ...publicFrame(config, language),
      title: confirmationTitle(form),
      exitThisPage: form.sensitive,
      alternates,
    },
    renderConfirmationMain(form, config, reference, returnCode),
  );
};
