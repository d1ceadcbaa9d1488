import type { ServiceConfig } from '../config/schema.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';

/** A public page's address in each language the deployment offers, e.g. /referral/ and /cy/referral/. */
export const pageAlternates = (path: string, config: ServiceConfig): Partial<Record<Language, string>> =>
  Object.fromEntries(config.languages.map((language) => [language, localisedPath(path, language)]));
