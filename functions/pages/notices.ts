import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t, template } from '../i18n/ui.ts';
import { escapeHtml } from './escape-html.ts';
import { richText, strong } from './rich-text.ts';

/** The immediate-danger warning every form page carries, with the numbers from configuration. */
export const dangerNotice = (config: ServiceConfig, language: Language = 'en'): string => {
  const { emergency, nonEmergency } = config.phoneNumbers;
  return `<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${escapeHtml(t(language, 'notice.warning'))}</span> ${escapeHtml(t(language, 'notice.danger', { emergency, nonEmergency }))}</strong>
</div>`;
};

/** Explains the Exit this page button on sensitive pages, and where to read about online safety. */
export const exitNotice = (language: Language = 'en'): string => `<div class="govuk-inset-text">
${richText(template(language, 'notice.exit'), { html: { exit: strong(t(language, 'page.exitThisPage')) } })} <a class="govuk-link" href="${localisedPath(PATHS.onlineSafety, language)}">${escapeHtml(t(language, 'notice.exitLink'))}</a>.
</div>`;

/** How to reach the team, from configuration. */
export const contactDetails = (
  config: ServiceConfig,
  language: Language = 'en',
): string => `<ul class="govuk-list">
<li>${escapeHtml(t(language, 'contact.telephone'))}: <a class="govuk-link" href="tel:${escapeHtml(config.contact.phone.replace(/\s+/g, ''))}">${escapeHtml(config.contact.phone)}</a></li>
<li>${escapeHtml(config.contact.hours)}</li>
<li>${escapeHtml(t(language, 'contact.email'))}: <a class="govuk-link" href="mailto:${escapeHtml(config.contact.email)}">${escapeHtml(config.contact.email)}</a></li>
</ul>`;
