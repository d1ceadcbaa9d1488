import { serviceConfig } from '../../../functions/config/service-config.ts';
import { FORMS } from '../../../functions/forms/registry.ts';

export { PATHS } from '../../../functions/contract/service-contract.ts';
export { contactDetails, dangerNotice, exitNotice } from '../../../functions/pages/notices.ts';
export { serviceConfig as config };

/** A retention period in words: whole years where it divides, otherwise days. */
export const periodInWords = (days: number): string => {
  if (days % 365 === 0) {
    const years = days / 365;
    return years === 1 ? '1 year' : `${years} years`;
  }
  return `${days} days`;
};

/** Each form with its settings from configuration, in the order the site lists them. */
export const formsWithSettings = () =>
  FORMS.map((form) => {
    const settings = serviceConfig.forms[form.id];
    if (!settings) throw new Error(`config/service.json has no settings for form ${form.id}`);
    return { form, settings };
  });

/** Names of the teams a form can go to: its own, then any it is routed to by an answer. */
export const teamNames = (formId: string): string[] => {
  const settings = serviceConfig.forms[formId];
  if (!settings) return [];
  const ids = [settings.team, ...settings.routes.map((r) => r.team)];
  return [...new Set(ids)].map((id) => serviceConfig.teams[id]?.name ?? id);
};
