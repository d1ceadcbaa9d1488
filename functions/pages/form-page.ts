// TEMPORARY minimal renderer: the site work replaces this with the full GOV.UK form renderer.
import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { FieldError } from '../forms/validate.ts';
import { escapeHtml } from './escape-html.ts';

export interface FormState {
  values: Record<string, unknown>;
  errors: FieldError[];
}

/** A whole HTML document for a form, with its answers and errors when re-shown after a failed post. */
export const renderFormPage = (form: FormDefinition, config: ServiceConfig, state?: FormState): string => {
  const errors = state?.errors ?? [];
  const title = `${errors.length > 0 ? 'Error: ' : ''}${form.title} – ${config.serviceName}`;
  const items = errors
    .map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`)
    .join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items}</ul></div></div></div>
<p><a href="/${escapeHtml(form.id)}/">Go back to the form</a></p></body></html>`;
};
