import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface InsetTextParams extends Content {
  id?: string;
  classes?: string;
  attributes?: GovukAttributes;
}

export const govukInsetText = (params: InsetTextParams): Html =>
  html`<div${attributes({ id: params.id })} class="${classes('govuk-inset-text', params.classes)}"${govukAttributes(params.attributes)}>
${contentOf(params)}
</div>`;
