import { classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface SkipLinkParams extends Content {
  href?: string;
  classes?: string;
  attributes?: GovukAttributes;
}

export const govukSkipLink = (params: SkipLinkParams): Html =>
  html`<a href="${params.href || '#content'}" class="${classes('govuk-skip-link', params.classes)}"${govukAttributes(params.attributes)} data-module="govuk-skip-link">${contentOf(params)}</a>`;
