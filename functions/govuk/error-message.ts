import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface ErrorMessageParams extends Content {
  id?: string;
  classes?: string;
  attributes?: GovukAttributes;
  /**
   * Read before the message ("Error", "Gwall"; the colon is added). Required: the macro's English
   * default would reach a Welsh page. Empty reads nothing.
   */
  visuallyHiddenText: string;
}

export const govukErrorMessage = (params: ErrorMessageParams): Html => {
  const hidden = params.visuallyHiddenText
    ? html`<span class="govuk-visually-hidden">${params.visuallyHiddenText}:</span> `
    : '';
  return html`<p${attributes({ id: params.id })} class="${classes('govuk-error-message', params.classes)}"${govukAttributes(params.attributes)}>${hidden}${contentOf(params)}</p>`;
};
