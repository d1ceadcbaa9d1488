import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface HintParams extends Content {
  id?: string;
  classes?: string;
  attributes?: GovukAttributes;
}

export const govukHint = (params: HintParams): Html =>
  html`<div${attributes({ id: params.id })} class="${classes('govuk-hint', params.classes)}"${govukAttributes(params.attributes)}>${contentOf(params)}</div>`;
