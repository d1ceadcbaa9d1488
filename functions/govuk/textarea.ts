import { attributes, classes, type Html, html } from '../html/html.ts';
import { govukAttributes } from './attributes.ts';
import { contentOf } from './content.ts';
import { type FieldParams, formGroup, hintAndError } from './form-group.ts';
import { govukLabel } from './label.ts';

export interface TextareaParams extends FieldParams {
  rows?: number;
}

export const govukTextarea = (params: TextareaParams): Html => {
  const id = params.id || params.name;
  const { parts, describedBy } = hintAndError(id, params.describedBy ?? '', params.hint, params.errorMessage);
  return formGroup(
    params,
    html`${govukLabel({ ...params.label, for: id })}
${parts}
${contentOf(params.formGroup?.beforeInput)}<textarea${attributes({
      class: classes('govuk-textarea', params.errorMessage && 'govuk-textarea--error', params.classes),
      id,
      name: params.name,
      rows: params.rows || 5,
      spellcheck: typeof params.spellcheck === 'boolean' ? String(params.spellcheck) : undefined,
      disabled: params.disabled,
      'aria-describedby': describedBy || undefined,
      autocomplete: params.autocomplete,
    })}${govukAttributes(params.attributes)}>${params.value ?? ''}</textarea>
${contentOf(params.formGroup?.afterInput)}`,
  );
};
