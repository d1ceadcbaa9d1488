import { classes, type Html, html } from '../html/html.ts';
import type { GovukAttributes } from './attributes.ts';
import { govukHint } from './hint.ts';
import { govukTextarea, type TextareaParams } from './textarea.ts';

/** Plural forms of a message, by CLDR rule (`one`, `other`...); `%{count}` is the number. */
export type PluralMessages = Record<string, string>;

export interface CharacterCountParams extends Omit<TextareaParams, 'describedBy'> {
  maxlength?: number;
  maxwords?: number;
  threshold?: number;
  countType?: 'characters' | 'words';
  countMessage?: { classes?: string };
  /**
   * "You can enter up to %{count} characters": shown without JavaScript. Required (the macro's
   * English default would reach a Welsh page).
   */
  textareaDescriptionText: string;
  /** The script's words; English needs none (the script knows them), other languages all five. */
  charactersUnderLimitText?: PluralMessages;
  charactersAtLimitText?: string;
  charactersOverLimitText?: PluralMessages;
  wordsUnderLimitText?: PluralMessages;
  wordsAtLimitText?: string;
  wordsOverLimitText?: PluralMessages;
}

const i18n = (key: string, messages?: PluralMessages, message?: string): GovukAttributes =>
  messages
    ? Object.fromEntries(Object.entries(messages).map(([rule, words]) => [`data-i18n.${key}.${rule}`, words]))
    : message
      ? { [`data-i18n.${key}`]: message }
      : {};

/** govukCharacterCount: a textarea with the count's message after it and its words as data-i18n. */
export const govukCharacterCount = (params: CharacterCountParams): Html => {
  const id = params.id || params.name;
  const countType = params.countType ?? (params.maxwords ? 'words' : undefined);
  const limit = params.maxwords || params.maxlength;
  const noLimit = !limit;
  const message = govukHint({
    text: noLimit ? '' : params.textareaDescriptionText.replace('%{count}', String(limit)),
    id: `${id}-info`,
    classes: classes('govuk-character-count__message', params.countMessage?.classes),
  });
  const after = params.formGroup?.afterInput;
  return govukTextarea({
    ...params,
    id,
    describedBy: `${id}-info`,
    formGroup: {
      ...params.formGroup,
      classes: classes('govuk-character-count', params.formGroup?.classes),
      // The caller's first (attribute order means nothing in HTML; the macro puts them last).
      attributes: {
        ...params.formGroup?.attributes,
        'data-module': 'govuk-character-count',
        'data-maxlength': { value: params.maxlength, optional: true },
        'data-maxwords': { value: params.maxwords, optional: true },
        'data-threshold': { value: params.threshold, optional: true },
        'data-count-type': { value: countType, optional: true },
        ...(noLimit ? i18n('textarea-description', { other: params.textareaDescriptionText }) : {}),
        ...i18n('characters-under-limit', params.charactersUnderLimitText),
        ...i18n('characters-at-limit', undefined, params.charactersAtLimitText),
        ...i18n('characters-over-limit', params.charactersOverLimitText),
        ...i18n('words-under-limit', params.wordsUnderLimitText),
        ...i18n('words-at-limit', undefined, params.wordsAtLimitText),
        ...i18n('words-over-limit', params.wordsOverLimitText),
      },
      afterInput: { html: html`${message}${after?.html ?? after?.text}` },
    },
    classes: classes('govuk-js-character-count', params.classes),
  });
};
