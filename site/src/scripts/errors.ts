import { ErrorSummary } from 'govuk-frontend';
import type { FieldError } from '../../../functions/forms/field-error.ts';
import {
  errorMessageHtml,
  errorMessageId,
  errorSummaryHtml,
} from '../../../functions/pages/error-summary.ts';

import type { ScriptWords } from './words.ts';

const removeFromDescribedBy = (el: Element, id: string) => {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
  if (ids.length > 0) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
};

const describedField = (group: HTMLElement): Element | null =>
  group.querySelector(':scope > fieldset') ?? group.querySelector(':scope > input, :scope > textarea');

const ERROR_STYLE: Record<string, string> = {
  'govuk-input': 'govuk-input--error',
  'govuk-textarea': 'govuk-textarea--error',
};

/** The question's own boxes (not a follow-up's): a text input, a textarea or a date's parts. */
const boxesOf = (group: HTMLElement): HTMLElement[] =>
  [...group.querySelectorAll<HTMLElement>('.govuk-input, .govuk-textarea')].filter(
    (box) => box.closest('[data-question]') === group,
  );

/**
 * Marks the boxes with a problem as the Design System does: a date's missing parts when only
 * some are missing, otherwise every box of the question.
 */
const styleBoxes = (group: HTMLElement, on: boolean) => {
  const boxes = boxesOf(group);
  const empty = boxes.filter(
    (box) => box.dataset.part !== undefined && (box as HTMLInputElement).value.trim() === '',
  );
  const marked = on && empty.length > 0 && empty.length < boxes.length ? empty : boxes;
  for (const box of boxes) {
    for (const [base, style] of Object.entries(ERROR_STYLE)) {
      if (box.classList.contains(base)) box.classList.toggle(style, on && marked.includes(box));
    }
  }
};

/** Removes the error summary and every inline message, leaving the answers alone. */
export const clearErrors = (view: HTMLElement, words: ScriptWords) => {
  for (const summary of view.querySelectorAll('.govuk-error-summary')) summary.remove();
  for (const group of view.querySelectorAll<HTMLElement>('.govuk-form-group--error')) {
    group.classList.remove('govuk-form-group--error');
    const id = group.dataset.question ?? '';
    group.querySelector(`#${CSS.escape(errorMessageId(id))}`)?.remove();
    const field = describedField(group);
    if (field) removeFromDescribedBy(field, errorMessageId(id));
    styleBoxes(group, false);
  }
  const prefix = words.errorPrefix;
  if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
};

/**
 * Shows problems as the handler's page would: the error summary at the top (focused, so it is
 * read out), a message above each question, and "Error: " at the start of the page title.
 */
export const showErrors = (view: HTMLElement, errors: FieldError[], words: ScriptWords) => {
  clearErrors(view, words);
  const placed: FieldError[] = [];
  for (const error of errors) {
    const group = error.field
      ? view.querySelector<HTMLElement>(`[data-question="${CSS.escape(error.field)}"]`)
      : null;
    if (!group) {
      placed.push({ field: '', message: error.message });
      continue;
    }
    placed.push(error);
    group.classList.add('govuk-form-group--error');
    const anchor =
      group.querySelector(`#${CSS.escape(`${error.field}-hint`)}`) ??
      group.querySelector(':scope > label, :scope > fieldset > legend');
    anchor?.insertAdjacentHTML(
      'afterend',
      String(errorMessageHtml(error.field, error.message, words.errorHidden)),
    );
    const field = describedField(group);
    if (field) {
      const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      field.setAttribute('aria-describedby', [...ids, errorMessageId(error.field)].join(' '));
    }
    styleBoxes(group, true);
  }
  view.insertAdjacentHTML('afterbegin', String(errorSummaryHtml(placed, words.errorsTitle)));
  const summary = view.querySelector('.govuk-error-summary');
  if (summary) new ErrorSummary(summary);
  document.title = `${words.errorPrefix}${document.title}`;
};
