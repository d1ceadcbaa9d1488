import { classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf, hasContent } from './content.ts';

export interface PanelParams extends Content {
  titleText?: string;
  titleHtml?: Html;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classes?: string;
  attributes?: GovukAttributes;
}

/** govukPanel, the confirmation variant (the service shows no interruption panels). */
export const govukPanel = (params: PanelParams): Html => {
  const level = params.headingLevel ?? 1;
  const title = params.titleHtml ?? params.titleText;
  const heading =
    level === 1
      ? html`<h1 class="govuk-panel__title">${title}</h1>`
      : level === 2
        ? html`<h2 class="govuk-panel__title">${title}</h2>`
        : html`<h3 class="govuk-panel__title">${title}</h3>`;
  return html`<div class="${classes('govuk-panel', 'govuk-panel--confirmation', params.classes)}"${govukAttributes(params.attributes)}>
${heading}
${hasContent(params) ? html`<div class="govuk-panel__body">${contentOf(params)}</div>` : ''}
</div>`;
};
