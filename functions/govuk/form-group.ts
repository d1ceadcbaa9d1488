import { classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import type { Content } from './content.ts';
import { type ErrorMessageParams, govukErrorMessage } from './error-message.ts';
import { govukHint, type HintParams } from './hint.ts';
import type { LabelParams } from './label.ts';

/** The form group's own parameters, shared by every field macro. */
export interface FormGroupParams {
  classes?: string;
  attributes?: GovukAttributes;
  beforeInput?: Content;
  afterInput?: Content;
  beforeInputs?: Content;
  afterInputs?: Content;
}

/** The parameters every single-field macro (input, textarea) shares, by govuk-frontend's names. */
export interface FieldParams {
  id?: string;
  name: string;
  value?: string;
  disabled?: boolean;
  describedBy?: string;
  label: Omit<LabelParams, 'for'>;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  formGroup?: FormGroupParams;
  classes?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  attributes?: GovukAttributes;
}

export const formGroup = (
  params: { formGroup?: FormGroupParams; errorMessage?: ErrorMessageParams | false },
  inner: Html,
): Html =>
  html`<div class="${classes('govuk-form-group', params.errorMessage && 'govuk-form-group--error', params.formGroup?.classes)}"${govukAttributes(params.formGroup?.attributes)}>
${inner}
</div>`;

/** Adds an id to an aria-describedby list. */
export const addId = (list: string, id: string): string => (list ? `${list} ${id}` : id);

/**
 * The hint and error message of a field, with the ids they add to aria-describedby, in the
 * macros' order (hint first).
 */
export const hintAndError = (
  idPrefix: string,
  describedBy: string,
  hint: HintParams | undefined,
  errorMessage: ErrorMessageParams | false | undefined,
): { parts: Html; describedBy: string } => {
  let ids = describedBy;
  let hintHtml: Html | '' = '';
  let errorHtml: Html | '' = '';
  if (hint) {
    const id = `${idPrefix}-hint`;
    ids = addId(ids, id);
    hintHtml = govukHint({ ...hint, id });
  }
  if (errorMessage) {
    const id = `${idPrefix}-error`;
    ids = addId(ids, id);
    errorHtml = govukErrorMessage({ ...errorMessage, id });
  }
  return { parts: html`${hintHtml}\n${errorHtml}`, describedBy: ids };
};
