import { attributes, classes, type Html, html } from '../html/html.ts';
import { formGroup, hintAndError } from './form-group.ts';
import { govukLabel } from './label.ts';

type AttributeValue = string | number | boolean | undefined | null;

export interface SelectItem {
  /** Left out, the option's text is its value (as in govuk-frontend). */
  value?: string | number | boolean;
  text: string;
  selected?: boolean;
  disabled?: boolean;
  attributes?: Record<string, AttributeValue>;
}

/**
 * govuk-frontend's `govukSelect` macro options (components/select/macro-options.json), the ones the
 * service uses. The words are required where the macro has an English default: an error message
 * names its visually hidden prefix ("Error"), so a page in another language cannot fall back to it.
 */
export interface SelectParams {
  /** Defaults to `name`. */
  id?: string;
  name: string;
  items: readonly SelectItem[];
  /** Selects the item with this value, unless an item says otherwise. */
  value?: string | number | boolean;
  disabled?: boolean;
  /** Other ids the select is described by, before its hint and error. */
  describedBy?: string;
  label: { text: string; classes?: string; isPageHeading?: boolean };
  hint?: { text: string; classes?: string };
  errorMessage?: { text: string; visuallyHiddenText: string; classes?: string };
  formGroup?: {
    classes?: string;
    attributes?: Record<string, AttributeValue>;
    /** Markup after the select, inside its form group (a button that submits the choice). */
    afterInput?: { html: Html };
  };
  classes?: string;
  attributes?: Record<string, AttributeValue>;
}

const isSelected = (item: SelectItem, value: SelectParams['value']): boolean =>
  item.selected ??
  (value !== undefined && String(item.value ?? item.text) === String(value) && item.selected !== false);

const option = (item: SelectItem, value: SelectParams['value']): Html =>
  html`<option${attributes({
    value: item.value === undefined ? undefined : String(item.value),
    selected: isSelected(item, value),
    disabled: item.disabled,
    ...item.attributes,
  })}>${item.text}</option>`;

/** GOV.UK select, as govuk-frontend's macro draws it (test/unit/govuk/select-parity.test.ts checks). */
export const govukSelect = (params: SelectParams): Html => {
  const id = params.id ?? params.name;
  const { parts, describedBy } = hintAndError(id, params.describedBy ?? '', params.hint, params.errorMessage);
  const select = html`<select${attributes({
    class: classes('govuk-select', params.classes, params.errorMessage && 'govuk-select--error'),
    id,
    name: params.name,
    disabled: params.disabled,
    'aria-describedby': describedBy || undefined,
    ...params.attributes,
  })}>
${params.items.map((item) => html`${option(item, params.value)}\n`)}</select>`;
  return formGroup(
    {
      errorMessage: params.errorMessage,
      formGroup: { classes: params.formGroup?.classes, attributes: params.formGroup?.attributes },
    },
    html`${govukLabel({ ...params.label, for: id })}
${parts}
${select}
${params.formGroup?.afterInput?.html ?? ''}`,
  );
};
