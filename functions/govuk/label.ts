import { attributes, classes, EMPTY, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf, hasContent } from './content.ts';

export interface LabelParams extends Content {
  for?: string;
  classes?: string;
  isPageHeading?: boolean;
  attributes?: GovukAttributes;
}

/** govukLabel: nothing without words; wrapped in an h1 when it is the page's heading. */
export const govukLabel = (params: LabelParams): Html => {
  if (!hasContent(params)) return EMPTY;
  const label = html`<label class="${classes('govuk-label', params.classes)}"${govukAttributes(params.attributes)}${attributes({ for: params.for })}>${contentOf(params)}</label>`;
  return params.isPageHeading ? html`<h1 class="govuk-label-wrapper">${label}</h1>` : label;
};
