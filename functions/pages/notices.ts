import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { escapeHtml } from './escape-html.ts';

/** The immediate-danger warning every form page carries, with the numbers from configuration. */
export const dangerNotice = (config: ServiceConfig): string => {
  const { emergency, nonEmergency } = config.phoneNumbers;
  return `<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> If you are in immediate danger, call ${escapeHtml(emergency)}. To report a crime that is not an emergency, call ${escapeHtml(nonEmergency)}.</strong>
</div>`;
};

/** Explains the Exit this page button on sensitive pages, and where to read about online safety. */
export const exitNotice = (): string => `<div class="govuk-inset-text">
To leave this page quickly, select <strong>Exit this page</strong> or press the Shift key 3 times. It will not clear your browsing history: <a class="govuk-link" href="${PATHS.onlineSafety}">read how to stay safe online</a>.
</div>`;

/** How to reach the team, from configuration. */
export const contactDetails = (config: ServiceConfig): string => `<ul class="govuk-list">
<li>Telephone: <a class="govuk-link" href="tel:${escapeHtml(config.contact.phone.replace(/\s+/g, ''))}">${escapeHtml(config.contact.phone)}</a></li>
<li>${escapeHtml(config.contact.hours)}</li>
<li>Email: <a class="govuk-link" href="mailto:${escapeHtml(config.contact.email)}">${escapeHtml(config.contact.email)}</a></li>
</ul>`;
