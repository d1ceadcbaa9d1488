import { attributes, classes, type Html, html } from '../html/html.ts';
import { govukAttributes } from './attributes.ts';
import { contentOf } from './content.ts';
import { type FieldParams, formGroup, hintAndError } from './form-group.ts';
import { govukLabel } from './label.ts';

export interface FileUploadParams extends Omit<FieldParams, 'value' | 'autocomplete' | 'spellcheck'> {
  multiple?: boolean;
  accept?: string;
}

/** govukFileUpload: a label, hint, error and the file input (the plain one, not the drop zone). */
export const govukFileUpload = (params: FileUploadParams): Html => {
  const id = params.id || params.name;
  const { parts, describedBy } = hintAndError(id, params.describedBy ?? '', params.hint, params.errorMessage);
  const input = html`<input${attributes({
    class: classes('govuk-file-upload', params.classes),
    id,
    name: params.name,
    type: 'file',
    multiple: params.multiple,
    accept: params.accept,
    disabled: params.disabled,
    'aria-describedby': describedBy || undefined,
  })}${govukAttributes(params.attributes)}>`;
  return formGroup(
    params,
    html`${govukLabel({ ...params.label, for: id })}
${parts}
${input}
${contentOf(params.formGroup?.afterInput)}`,
  );
};
