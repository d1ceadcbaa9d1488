import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type FormState, renderFormMain } from './form.ts';
import { publicFrame } from './frame-words.ts';
import { renderDocument } from './layout.ts';
import { pageAlternates } from './page-alternates.ts';

const formAlternates = (formId: string, config: ServiceConfig) => pageAlternates(PATHS.form(formId), config);

export type { FormState };

/**
 * A whole HTML document for a form. The submit handler uses it to show the form again after a
 * failed post (no JavaScript): the person's answers, the error summary and the inline messages.
 */
export const renderFormPage = (form: FormDefinition, config: ServiceConfig, state?: FormState): string =>
  renderDocument(
    {
      ...publicFrame(config, form.language ?? 'en'),
      title: form.title,
      hasErrors: (state?.errors.length ?? 0) > 0,
      exitThisPage: form.sensitive,
      description: form.description,
      // The switch leads to the other language's (empty) form; answers are not carried across.
      alternates: formAlternates(form.id, config),
    },
    renderFormMain(form, config, state),
  );
