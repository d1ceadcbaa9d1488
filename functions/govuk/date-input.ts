import { classes, type Html, html } from '../html/html.ts';
import type { GovukAttributes } from './attributes.ts';
import { govukAttributes } from './attributes.ts';
import type { ErrorMessageParams } from './error-message.ts';
import { type FieldsetParams, govukFieldset } from './fieldset.ts';
import { type FormGroupParams, formGroup, hintAndError } from './form-group.ts';
import type { HintParams } from './hint.ts';
import { govukInput } from './input.ts';

export interface DateInputItem {
  id?: string;
  name?: string;
  /** The box's label; required, so a Welsh page says "Diwrnod", not "Day". */
  label: string;
  value?: string;
  classes?: string;
  error?: boolean;
  inputmode?: string;
  autocomplete?: string;
  pattern?: string;
  attributes?: GovukAttributes;
}

export interface DateInputParams {
  id: string;
  namePrefix?: string;
  /** The boxes (day, month, year); labels are words, so the caller gives them. */
  items: readonly DateInputItem[];
  values?: Record<string, string>;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  formGroup?: FormGroupParams;
  fieldset?: Omit<FieldsetParams, 'html' | 'role'>;
  classes?: string;
  attributes?: GovukAttributes;
}

const hasError = (item: DateInputItem): boolean =>
  Boolean(item.error || item.classes?.includes('govuk-input--error'));

const dateItem = (params: DateInputParams, item: DateInputItem, anyItemHasError: boolean): Html => {
  const name = item.name ?? '';
  const marked =
    !item.classes?.includes('govuk-input--error') &&
    (hasError(item) || (item.error !== false && Boolean(params.errorMessage) && !anyItemHasError));
  // A box given its own width class keeps it (a pattern, so only whole class names appear here).
  const width = /--width-/.test(item.classes ?? '') ? '' : `govuk-input--width-${name === 'year' ? 4 : 2}`;
  const namePrefix = params.namePrefix ? `${params.namePrefix}-` : '';
  return html`<div class="govuk-date-input__item">
${govukInput({
  label: { text: item.label, classes: 'govuk-date-input__label' },
  id: item.id || `${params.id}-${name}`,
  classes: classes('govuk-date-input__input', marked && 'govuk-input--error', width, item.classes),
  name: namePrefix + name,
  value: item.value ?? params.values?.[namePrefix + name],
  type: 'text',
  inputmode: item.inputmode || 'numeric',
  autocomplete: item.autocomplete,
  pattern: item.pattern,
  attributes: item.attributes,
})}
</div>`;
};

/** govukDateInput: day, month and year boxes in a group fieldset. */
export const govukDateInput = (params: DateInputParams): Html => {
  const { parts, describedBy } = hintAndError(
    params.id,
    params.fieldset?.describedBy ?? '',
    params.hint,
    params.errorMessage,
  );
  const anyItemHasError = params.items.some(hasError);
  const before = params.formGroup?.beforeInputs;
  const after = params.formGroup?.afterInputs;
  const inner = html`${parts}
<div class="${classes('govuk-date-input', params.classes)}"${govukAttributes(params.attributes)} id="${params.id}">
${before?.html ?? before?.text}${params.items.map((item) => dateItem(params, item, anyItemHasError))}${after?.html ?? after?.text}
</div>`;
  return formGroup(
    params,
    params.fieldset ? govukFieldset({ ...params.fieldset, role: 'group', describedBy, html: inner }) : inner,
  );
};
