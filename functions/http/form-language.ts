import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { languageOf } from '../i18n/languages.ts';
import { localiseConfig, offers } from '../i18n/localise-config.ts';
import { localiseForm } from '../i18n/localise-form.ts';

/**
 * The form and configuration in the language a request names (the form's posted language field,
 * or a confirmation address's `lang`). A language the deployment does not offer, or none, is
 * English, so a switched-off language can never be reached by a crafted request.
 */
export const formInLanguage = (
  form: FormDefinition,
  config: ServiceConfig,
  requested: unknown,
): { form: FormDefinition; config: ServiceConfig } => {
  const asked = languageOf(requested);
  const language = offers(config, asked) ? asked : 'en';
  return { form: localiseForm(form, language), config: localiseConfig(config, language) };
};
