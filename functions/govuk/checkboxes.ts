import type { Html } from '../html/html.ts';
import { type ChoiceItem, type ChoicesParams, choiceItem, choices, itemHintId } from './choices.ts';

export interface CheckboxesItem extends ChoiceItem {
  name?: string;
  /** "exclusive" for a "None of these" that unticks the others. */
  behaviour?: 'exclusive';
}

export interface CheckboxesParams extends ChoicesParams<CheckboxesItem> {
  /** The ticked items' values (an item's own `checked` wins). */
  values?: readonly string[];
  describedBy?: string;
}

export const govukCheckboxes = (params: CheckboxesParams): Html => {
  const describedBy = params.fieldset?.describedBy || params.describedBy || '';
  // Without a fieldset each box carries the group's hint and error ids, as the macro does.
  return choices('checkboxes', params, describedBy, (item, itemId, groupDescribedBy) => {
    const hintId = item.hint?.text || item.hint?.html ? itemHintId(itemId) : '';
    const itemDescribedBy = `${params.fieldset ? '' : groupDescribedBy} ${hintId}`.trim();
    return choiceItem(item, {
      kind: 'checkboxes',
      itemId,
      name: item.name || params.name,
      checked:
        item.checked ??
        (params.values && params.values.length > 0 ? params.values.includes(item.value ?? '') : false),
      inputAttributes: {
        'data-behaviour': item.behaviour,
        'aria-describedby': itemDescribedBy || undefined,
      },
    });
  });
};
