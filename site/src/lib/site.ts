import { serviceConfig } from '../../../functions/config/service-config.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import type { Html } from '../../../functions/html/html.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import { pageTemplate, type SiteKey, tPage } from '../../../functions/i18n/page-text.ts';
import * as notices from '../../../functions/pages/notices.ts';
import { richText } from '../../../functions/pages/rich-text.ts';

export { PATHS } from '../../../functions/contract/service-contract.ts';
export { serviceConfig as config };

// Astro's set:html takes a string: the notices' markup, made by the html tag, as one.
export const contactDetails = (...args: Parameters<typeof notices.contactDetails>) =>
  String(notices.contactDetails(...args));
export const dangerNotice = (...args: Parameters<typeof notices.dangerNotice>) =>
  String(notices.dangerNotice(...args));
export const exitNotice = (...args: Parameters<typeof notices.exitNotice>) =>
  String(notices.exitNotice(...args));

type Values = Record<string, string | number>;

/**
 * A page's words in its language, with the names it fills in (service, organisation…): `say` gives
 * plain text (Astro escapes it), `rich` a sentence with markup placed at its `{placeholders}`.
 */
export const pageWords = (language: Language, names: Values = {}) => ({
  say: (key: SiteKey, values: Values = {}) => tPage(language, key, { ...names, ...values }),
  rich: (key: SiteKey, html: Record<string, Html> = {}, values: Values = {}) =>
    String(richText(pageTemplate(language, key), { text: { ...names, ...values }, html })),
});

/** Astro's paths for a page in each language beyond English the deployment offers (/cy/…). */
export const otherLanguagePaths = () =>
  serviceConfig.languages.filter((lang) => lang !== 'en').map((lang) => ({ params: { lang } }));

/** Each form with its settings from configuration, in the order the site lists them. */
export const formsWithSettings = () =>
  FORMS.map((form) => {
    const settings = serviceConfig.forms[form.id];
    if (!settings) throw new Error(`config/service.json has no settings for form ${form.id}`);
    return { form, settings };
  });

/** The teams a form can go to: its own, then any it is routed to by an answer. */
export const teamIds = (formId: string): string[] => {
  const settings = serviceConfig.forms[formId];
  if (!settings) return [];
  return [...new Set([settings.team, ...settings.routes.map((r) => r.team)])];
};
