import type { Html } from '../html/html.ts';
import { type ChoiceItem, type ChoicesParams, choiceItem, choices, itemHintId } from './choices.ts';

export type RadiosItem = ChoiceItem;

export interface RadiosParams extends ChoicesParams<RadiosItem> {
  /** The chosen item's value (an item's own `checked` wins). */
  value?: string;
}

export const govukRadios = (params: RadiosParams): Html =>
  choices('radios', params, params.fieldset?.describedBy ?? '', (item, itemId) =>
    choiceItem(item, {
      kind: 'radios',
      itemId,
      name: params.name,
      checked:
        item.checked ??
        (params.value !== undefined && params.value !== '' ? item.value === params.value : false),
      inputAttributes: {
        'aria-describedby': item.hint?.text || item.hint?.html ? itemHintId(itemId) : undefined,
      },
    }),
  );
