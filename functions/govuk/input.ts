import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf, hasContent } from './content.ts';
import { type FieldParams, formGroup, hintAndError } from './form-group.ts';
import { govukLabel } from './label.ts';

export interface AffixParams extends Content {
  classes?: string;
  attributes?: GovukAttributes;
}

export interface InputParams extends FieldParams {
  type?: string;
  inputmode?: string;
  prefix?: AffixParams;
  suffix?: AffixParams;
  inputWrapper?: { classes?: string; attributes?: GovukAttributes };
  pattern?: string;
  autocapitalize?: string;
}

const affix = (item: AffixParams | undefined, kind: 'prefix' | 'suffix'): Html | '' =>
  item && hasContent(item)
    ? html`<div class="${classes(`govuk-input__${kind}`, item.classes)}" aria-hidden="true"${govukAttributes(item.attributes)}>${contentOf(item)}</div>`
    : '';

export const govukInput = (params: InputParams): Html => {
  const id = params.id || params.name;
  const { parts, describedBy } = hintAndError(id, params.describedBy ?? '', params.hint, params.errorMessage);
  const input = html`<input${attributes({
    class: classes('govuk-input', params.classes, params.errorMessage && 'govuk-input--error'),
    id,
    name: params.name,
    type: params.type || 'text',
    spellcheck: typeof params.spellcheck === 'boolean' ? String(params.spellcheck) : undefined,
    value: params.value,
    disabled: params.disabled,
    'aria-describedby': describedBy || undefined,
    autocomplete: params.autocomplete,
    autocapitalize: params.autocapitalize,
    pattern: params.pattern,
    inputmode: params.inputmode,
  })}${govukAttributes(params.attributes)}>`;
  const before = params.formGroup?.beforeInput;
  const after = params.formGroup?.afterInput;
  const wrapped =
    hasContent(params.prefix) || hasContent(params.suffix) || hasContent(before) || hasContent(after)
      ? html`<div class="${classes('govuk-input__wrapper', params.inputWrapper?.classes)}"${govukAttributes(params.inputWrapper?.attributes)}>
${contentOf(before)}${affix(params.prefix, 'prefix')}${input}${affix(params.suffix, 'suffix')}${contentOf(after)}
</div>`
      : input;
  return formGroup(
    params,
    html`${govukLabel({ ...params.label, for: id })}
${parts}
${wrapped}`,
  );
};
