import type { ServiceConfig } from '../config/schema.ts';
import { PATHS, RETURN_PATHS } from '../contract/service-contract.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type FormState, renderFormMain } from './form.ts';
import { publicFrame } from './frame-words.ts';
import { renderDocument } from './layout.ts';
import { pageAlternates } from './page-alternates.ts';

const formAlternates = (formId: string, config: ServiceConfig) => pageAlternates(PATHS.form(formId), config);

export type { FormState };

/**
 * A form reached from a /return/ session carries its case's signed link (the pre-filled ASB Case
 * Review application, and that form shown again after a failed post): its Exit this page goes
 * through the return exit, which ends the session before going on to the exit site, as every
 * /return/ page's does (returning/pages/return-frame.ts). Without a session that exit only goes on.
 */
const exitFor = (config: ServiceConfig, form: FormDefinition, state?: FormState): ServiceConfig =>
  state?.values?.[META_FIELDS.caseLink]
    ? { ...config, exitPageUrl: RETURN_PATHS.exit(form.language ?? 'en') }
    : config;

/**
 * A whole HTML document for a form. The submit handler uses it to show the form again after a
 * failed post (no JavaScript): the person's answers, the error summary and the inline messages.
 */
export const renderFormPage = (form: FormDefinition, config: ServiceConfig, state?: FormState): string =>
  renderDocument(
    {
      ...publicFrame(exitFor(config, form, state), form.language ?? 'en'),
      title: form.title,
      hasErrors: (state?.errors.length ?? 0) > 0,
      exitThisPage: form.sensitive,
      description: form.description,
      // The switch leads to the other language's (empty) form; answers are not carried across.
      alternates: formAlternates(form.id, config),
    },
    renderFormMain(form, config, state),
  );
