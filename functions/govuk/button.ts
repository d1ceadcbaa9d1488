import { attributes, classes, type Html, html, trustedConstant } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import type { Content } from './content.ts';

export interface ButtonParams extends Content {
  id?: string;
  /** A link styled as a button when given. */
  href?: string;
  type?: string;
  name?: string;
  value?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
  isStartButton?: boolean;
  classes?: string;
  attributes?: GovukAttributes;
}

// govuk-frontend's start icon, copied from its template: a constant, nothing from outside.
const START_ICON = trustedConstant(
  '<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>',
);

export const govukButton = (params: ButtonParams): Html => {
  const common = html` class="${classes('govuk-button', params.classes, params.isStartButton && 'govuk-button--start')}" data-module="govuk-button"${govukAttributes(params.attributes)}${attributes({ id: params.id })}`;
  const words =
    params.html && params.isStartButton ? html`<span>${params.html}</span>` : (params.html ?? params.text);
  const icon = params.isStartButton ? START_ICON : '';
  if (params.href) {
    return html`<a href="${params.href}" role="button" draggable="false"${common}>${words}${icon}</a>`;
  }
  return html`<button${attributes({
    type: params.type || 'submit',
    value: params.value || undefined,
    name: params.name || undefined,
    disabled: params.disabled,
    'aria-disabled': params.disabled ? 'true' : undefined,
    'data-prevent-double-click':
      params.preventDoubleClick === undefined ? undefined : String(params.preventDoubleClick),
  })}${common}>${words}${icon}</button>`;
};
