import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { govukInsetText } from '../govuk/inset-text.ts';
import { govukWarningText } from '../govuk/warning-text.ts';
import { type Html, html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t, template } from '../i18n/ui.ts';
import { link, richText, strong } from './rich-text.ts';

/** The immediate-danger warning every form page carries, with the numbers from configuration. */
export const dangerNotice = (config: ServiceConfig, language: Language = 'en'): Html => {
  const { emergency, nonEmergency } = config.phoneNumbers;
  return govukWarningText({
    iconFallbackText: t(language, 'notice.warning'),
    text: t(language, 'notice.danger', { emergency, nonEmergency }),
  });
};

/** Explains the Exit this page button on sensitive pages, and where to read about online safety. */
export const exitNotice = (language: Language = 'en'): Html =>
  govukInsetText({
    html: html`${richText(template(language, 'notice.exit'), { html: { exit: strong(t(language, 'page.exitThisPage')) } })} ${link(localisedPath(PATHS.onlineSafety, language), t(language, 'notice.exitLink'))}.`,
  });

/** How to reach the team, from configuration. */
export const contactDetails = (
  config: ServiceConfig,
  language: Language = 'en',
): Html => html`<ul class="govuk-list">
<li>${t(language, 'contact.telephone')}: <a class="govuk-link" href="tel:${config.contact.phone.replace(/\s+/g, '')}">${config.contact.phone}</a></li>
<li>${config.contact.hours}</li>
<li>${t(language, 'contact.email')}: <a class="govuk-link" href="mailto:${config.contact.email}">${config.contact.email}</a></li>
</ul>`;
