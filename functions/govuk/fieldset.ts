import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf, hasContent } from './content.ts';

export interface LegendParams extends Content {
  classes?: string;
  isPageHeading?: boolean;
}

export interface FieldsetParams {
  describedBy?: string;
  legend?: LegendParams;
  classes?: string;
  role?: string;
  attributes?: GovukAttributes;
  /** What the fieldset holds (the macro's `html` or its caller). */
  html?: Html;
}

const legendOf = (legend: LegendParams | undefined): Html | '' => {
  if (!legend || !hasContent(legend)) return '';
  const words = contentOf(legend);
  return html`<legend class="${classes('govuk-fieldset__legend', legend.classes)}">${
    legend.isPageHeading ? html`<h1 class="govuk-fieldset__heading">${words}</h1>` : words
  }</legend>`;
};

export const govukFieldset = (params: FieldsetParams): Html =>
  html`<fieldset class="${classes('govuk-fieldset', params.classes)}"${attributes({
    role: params.role || undefined,
    'aria-describedby': params.describedBy || undefined,
  })}${govukAttributes(params.attributes)}>
${legendOf(params.legend)}
${params.html}
</fieldset>`;
