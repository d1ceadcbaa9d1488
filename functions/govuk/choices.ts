import { attributes, classes, type Html, html, type Interpolation } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import type { Content } from './content.ts';
import type { ErrorMessageParams } from './error-message.ts';
import { type FieldsetParams, govukFieldset } from './fieldset.ts';
import { type FormGroupParams, formGroup, hintAndError } from './form-group.ts';
import { govukHint, type HintParams } from './hint.ts';
import { govukLabel } from './label.ts';

/** What govukRadios and govukCheckboxes share: items, dividers, conditional reveals, a fieldset. */

export interface ChoiceItem extends Content {
  id?: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  label?: { classes?: string; attributes?: GovukAttributes };
  hint?: HintParams;
  conditional?: { html?: Html };
  attributes?: GovukAttributes;
}

/**
 * A divider ("or"), or (not in govuk-frontend) markup placed between the items: the service's
 * block of follow-ups shared by several options, which sits before the divider.
 */
export type ChoiceEntry<Item> = Item | { divider: string } | { between: Html } | null | undefined | false;

export interface ChoicesParams<Item> {
  name: string;
  idPrefix?: string;
  items: readonly ChoiceEntry<Item>[];
  fieldset?: Omit<FieldsetParams, 'html' | 'role'>;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  formGroup?: FormGroupParams;
  classes?: string;
  attributes?: GovukAttributes;
}

export interface ItemDrawing {
  kind: 'radios' | 'checkboxes';
  itemId: string;
  name: string;
  checked: boolean;
  /** Attributes the kind adds to the input (checkboxes: behaviour, aria-describedby). */
  inputAttributes: Record<string, string | boolean | undefined>;
}

const hasItemHint = (item: ChoiceItem): boolean => Boolean(item.hint?.text || item.hint?.html);

export const itemHintId = (itemId: string): string => `${itemId}-item-hint`;

export const choiceItem = (item: ChoiceItem, d: ItemDrawing): Html => {
  const conditionalId = `conditional-${d.itemId}`;
  const reveals = Boolean(item.conditional?.html) && String(item.conditional?.html) !== '';
  const input = html`<input${attributes({
    class: `govuk-${d.kind}__input`,
    id: d.itemId,
    name: d.name,
    type: d.kind === 'radios' ? 'radio' : 'checkbox',
    value: item.value ?? '',
    checked: d.checked,
    disabled: item.disabled,
    'data-aria-controls': reveals ? conditionalId : undefined,
    ...d.inputAttributes,
  })}${govukAttributes(item.attributes)}>`;
  const hint = hasItemHint(item)
    ? govukHint({
        ...item.hint,
        id: itemHintId(d.itemId),
        classes: classes(`govuk-${d.kind}__hint`, item.hint?.classes),
      })
    : '';
  const conditional = reveals
    ? html`
<div class="${classes(`govuk-${d.kind}__conditional`, !d.checked && `govuk-${d.kind}__conditional--hidden`)}" id="${conditionalId}">
${item.conditional?.html}
</div>`
    : '';
  return html`<div class="govuk-${d.kind}__item">
${input}
${govukLabel({ html: item.html, text: item.text, classes: classes(`govuk-${d.kind}__label`, item.label?.classes), attributes: item.label?.attributes, for: d.itemId })}
${hint}
</div>${conditional}`;
};

export const isDivider = (entry: object): entry is { divider: string } => 'divider' in entry;
export const isBetween = (entry: object): entry is { between: Html } => 'between' in entry;

/** The items in their wrapper, with the hint and error message, in a fieldset when one is given. */
export const choices = <Item extends ChoiceItem>(
  kind: 'radios' | 'checkboxes',
  params: ChoicesParams<Item>,
  describedByStart: string,
  /** Draws an item, given the group's aria-describedby (the fieldset's, hint's and error's ids). */
  drawItem: (item: Item, itemId: string, describedBy: string) => Html,
): Html => {
  const idPrefix = params.idPrefix || params.name;
  const { parts, describedBy } = hintAndError(idPrefix, describedByStart, params.hint, params.errorMessage);
  const entries: Interpolation[] = params.items.map((entry, index) => {
    if (!entry) return '';
    if (isDivider(entry)) return html`<div class="govuk-${kind}__divider">${entry.divider}</div>`;
    if (isBetween(entry)) return entry.between;
    const itemId = entry.id || `${idPrefix}${index > 0 ? `-${index + 1}` : ''}`;
    return drawItem(entry, itemId, describedBy);
  });
  const before = params.formGroup?.beforeInputs;
  const after = params.formGroup?.afterInputs;
  const inner = html`${parts}
<div class="${classes(`govuk-${kind}`, params.classes)}"${govukAttributes(params.attributes)} data-module="govuk-${kind}">
${before?.html ?? before?.text}${entries}${after?.html ?? after?.text}
</div>`;
  return formGroup(
    params,
    params.fieldset ? govukFieldset({ ...params.fieldset, describedBy, html: inner }) : inner,
  );
};
