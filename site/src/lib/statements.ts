import type { ServiceConfig } from '../../../functions/config/schema.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import type { PageKey } from '../../../functions/i18n/page-text.ts';

/**
 * What makes the privacy notice and the accessibility statement the deployer's own, from
 * config/service.json (`privacy`, `accessibility`): which catalogue sentences they say and the
 * values they fill in. The components (Privacy.astro, Accessibility.astro) only lay them out.
 */
const LAWFUL: Record<ServiceConfig['privacy']['lawfulBasis'], PageKey> = {
  'public-task': 'privacy.lawful.publicTask',
  'legitimate-interests': 'privacy.lawful.legitimateInterests',
  consent: 'privacy.lawful.consent',
};

const SPECIAL: Record<ServiceConfig['privacy']['specialCategoryBasis'], [PageKey, PageKey]> = {
  'substantial-public-interest': ['privacy.lawful.special', 'privacy.lawful.crime'],
  'explicit-consent': ['privacy.lawful.specialConsent', 'privacy.lawful.crimeConsent'],
};

/** London's region is "in the UK"; any other is named as AWS names it. */
const UK_REGION = 'eu-west-2';

export const privacyTerms = (config: ServiceConfig) => {
  const { privacy } = config;
  const dpo = privacy.dataProtectionOfficer;
  return {
    /** The controller's legal name, or the organisation's name in the page's language. */
    controller: privacy.controller ?? config.organisation,
    lawful: [LAWFUL[privacy.lawfulBasis], ...SPECIAL[privacy.specialCategoryBasis]],
    place:
      privacy.dataRegion === UK_REGION ? ('privacy.place.uk' as const) : ('privacy.place.region' as const),
    region: privacy.dataRegion,
    dpoKey: dpo.phone ? ('privacy.dpoPhone' as const) : ('privacy.dpo' as const),
    dpo,
    icoRegistration: privacy.icoRegistration,
  };
};

/** A day (2026-11-30) as a person reads it in the language: "30 November 2026", "30 Tachwedd 2026". */
export const longDate = (day: string, language: Language): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

export const accessibilityTerms = (config: ServiceConfig, language: Language) => {
  const { accessibility } = config;
  return {
    compliance: `accessibility.compliance.${accessibility.status}` as const,
    prepared: longDate(accessibility.preparedOn, language),
    reviewed: longDate(accessibility.reviewedOn, language),
    issues: accessibility.knownIssues.map((issue) => issue[language] ?? issue.en ?? ''),
  };
};
