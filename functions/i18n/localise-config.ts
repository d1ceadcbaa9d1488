import type { ServiceConfig } from '../config/schema.ts';
import type { Language } from './languages.ts';

/**
 * The configuration as a page in a language reads it: the service's and organisation's names and
 * the opening hours and the teams' names in that language, so every renderer that takes the config speaks it too.
 */
export const localiseConfig = (config: ServiceConfig, language: Language): ServiceConfig => {
  const names = language === 'en' ? undefined : config.inLanguages[language];
  if (!names) return config;
  return {
    ...config,
    serviceName: names.serviceName,
    organisation: names.organisation,
    contact: { ...config.contact, hours: names.contactHours },
    teams: Object.fromEntries(
      Object.entries(config.teams).map(([id, team]) => [id, { ...team, name: names.teams[id] ?? team.name }]),
    ),
  };
};

/** Whether the deployment publishes pages in this language. */
export const offers = (config: ServiceConfig, language: Language): boolean =>
  config.languages.includes(language);
