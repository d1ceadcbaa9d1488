import type { ServiceConfig } from '../config/schema.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import type { FormDefinition } from '../forms/types.ts';
import { isLanguage, type Language, languageOf } from '../i18n/languages.ts';
import { localiseConfig, offers } from '../i18n/localise-config.ts';
import { localiseForm } from '../i18n/localise-form.ts';
import type { EventWithBody } from './read-body.ts';

/**
 * The language a request speaks: a posted form's language field, else the address's `lang` (a
 * Welsh form posts to `?lang=cy`, so even a body that cannot be read gets its problem in Welsh).
 * A language the deployment does not offer, or none, is English, so a switched-off language can
 * never be reached by a crafted request.
 */
export const requestLanguage = (event: EventWithBody, config: ServiceConfig): Language => {
  // A posted language counts only if it names one; anything else falls back to the address's.
  const posted = event.parsedBody?.fields[META_FIELDS.language];
  const asked = languageOf(isLanguage(posted) ? posted : event.queryStringParameters?.lang);
  return offers(config, asked) ? asked : 'en';
};

/** The form and configuration in a language. */
export const formInLanguage = (
  form: FormDefinition,
  config: ServiceConfig,
  language: Language,
): { form: FormDefinition; config: ServiceConfig } => ({
  form: localiseForm(form, language),
  config: localiseConfig(config, language),
});
