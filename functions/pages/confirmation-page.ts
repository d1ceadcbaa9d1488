// TEMPORARY minimal renderer: the site work replaces this with the full confirmation page.
import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { escapeHtml } from './escape-html.ts';

/** A whole HTML document confirming a submission, with its reference and what happens next. */
export const renderConfirmationPage = (
  form: FormDefinition,
  config: ServiceConfig,
  reference: string,
): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(form.title)} sent – ${escapeHtml(config.serviceName)}</title></head><body>
<h1>Sent</h1><p>Your reference number <strong data-reference>${escapeHtml(reference)}</strong></p>
<ul>${form.whatHappensNext.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></body></html>`;
