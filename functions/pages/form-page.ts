import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type FormState, renderFormMain } from './form.ts';
import { renderDocument } from './layout.ts';

export type { FormState };

/**
 * A whole HTML document for a form. The submit handler uses it to show the form again after a
 * failed post (no JavaScript): the person's answers, the error summary and the inline messages.
 */
export const renderFormPage = (form: FormDefinition, config: ServiceConfig, state?: FormState): string =>
  renderDocument(
    {
      config,
      title: form.title,
      hasErrors: (state?.errors.length ?? 0) > 0,
      exitThisPage: form.sensitive,
      description: form.description,
    },
    renderFormMain(form, config, state),
  );
