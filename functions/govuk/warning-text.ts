import { classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface WarningTextParams extends Content {
  /** Read before the warning ("Warning", "Rhybudd"): required, in the page's language. */
  iconFallbackText: string;
  classes?: string;
  attributes?: GovukAttributes;
}

export const govukWarningText = (params: WarningTextParams): Html =>
  html`<div class="${classes('govuk-warning-text', params.classes)}"${govukAttributes(params.attributes)}>
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${params.iconFallbackText}</span> ${contentOf(params)}</strong>
</div>`;
