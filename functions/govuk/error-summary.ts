import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import type { Content } from './content.ts';

export interface ErrorSummaryItem extends Content {
  href?: string;
  attributes?: GovukAttributes;
}

export interface ErrorSummaryParams {
  /** "There is a problem", "Mae problem wedi codi": required, in the page's language. */
  titleText?: string;
  titleHtml?: Html;
  descriptionText?: string;
  descriptionHtml?: Html;
  errorList?: readonly ErrorSummaryItem[];
  disableAutoFocus?: boolean;
  classes?: string;
  attributes?: GovukAttributes;
}

const entry = (item: ErrorSummaryItem): Html =>
  item.href
    ? html`<li><a href="${item.href}"${govukAttributes(item.attributes)}>${item.html ?? item.text}</a></li>`
    : html`<li>${item.html ?? item.text}</li>`;

export const govukErrorSummary = (
  params: ErrorSummaryParams & ({ titleText: string } | { titleHtml: Html }),
): Html => {
  const description = params.descriptionHtml ?? params.descriptionText;
  const list = params.errorList ?? [];
  return html`<div class="${classes('govuk-error-summary', params.classes)}"${attributes({
    'data-disable-auto-focus':
      params.disableAutoFocus === undefined ? undefined : String(params.disableAutoFocus),
  })}${govukAttributes(params.attributes)} data-module="govuk-error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">${params.titleHtml ?? params.titleText}</h2>
<div class="govuk-error-summary__body">
${description ? html`<p>${description}</p>` : ''}
${list.length > 0 ? html`<ul class="govuk-list govuk-error-summary__list">${list.map(entry)}</ul>` : ''}
</div>
</div>
</div>`;
};
