import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { govukButton } from './button.ts';

export interface ExitThisPageParams {
  /** The button's words ("Emergency" hidden, then "Exit this page"): required, in the page's language. */
  html: Html;
  redirectUrl?: string;
  id?: string;
  classes?: string;
  attributes?: GovukAttributes;
  /** The script's announcements; English needs none (the script knows them). */
  activatedText?: string;
  timedOutText?: string;
  pressTwoMoreTimesText?: string;
  pressOneMoreTimeText?: string;
}

export const govukExitThisPage = (params: ExitThisPageParams): Html =>
  html`<div${attributes({ id: params.id })} class="${classes('govuk-exit-this-page', params.classes)}" data-module="govuk-exit-this-page"${govukAttributes(params.attributes)}${attributes(
    {
      'data-i18n.activated': params.activatedText || undefined,
      'data-i18n.timed-out': params.timedOutText || undefined,
      'data-i18n.press-two-more-times': params.pressTwoMoreTimesText || undefined,
      'data-i18n.press-one-more-time': params.pressOneMoreTimeText || undefined,
    },
  )}>
${govukButton({
  html: params.html,
  classes: 'govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button',
  href: params.redirectUrl || 'https://www.bbc.co.uk/weather',
  attributes: { rel: 'nofollow noreferrer' },
})}
</div>`;

/** The button's words as the macro's default draws them, in any language. */
export const exitThisPageWords = (hidden: string, visible: string): Html =>
  html`<span class="govuk-visually-hidden">${hidden}</span> ${visible}`;
