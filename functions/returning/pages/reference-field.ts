import type { FieldError } from '../../forms/field-error.ts';
import { govukInput } from '../../govuk/input.ts';
import type { Html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';

/** A field's inline error, for govukInput: its message with the hidden "Error:" prefix, or none. */
export const inlineError =
  (errors: readonly FieldError[], language: Language) =>
  (field: string): { text: string; visuallyHiddenText: string } | false => {
    const error = errors.find((e) => e.field === field);
    return error ? { text: error.message, visuallyHiddenText: t(language, 'errors.hidden') } : false;
  };

/** The reference box of the sign-in and ask-for-a-link pages: what was typed, kept on a refusal. */
export const referenceInput = (
  language: Language,
  value: string,
  errorMessage: ReturnType<ReturnType<typeof inlineError>>,
): Html =>
  govukInput({
    name: 'reference',
    label: { text: t(language, 'return.signIn.reference'), classes: 'govuk-label--s' },
    hint: { text: t(language, 'return.signIn.referenceHint') },
    value,
    classes: 'govuk-input--width-20',
    autocomplete: 'off',
    spellcheck: false,
    autocapitalize: 'characters',
    errorMessage,
  });
