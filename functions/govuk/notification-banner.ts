import { type Html, html } from '../html/html.ts';

/** govukNotificationBanner, success type: what was just saved, after POST then redirect. */
export const govukSuccessBanner = (heading: string, id = 'done-title'): Html =>
  html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="${id}" data-module="govuk-notification-banner">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="${id}">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${heading}</p></div>
</div>`;
