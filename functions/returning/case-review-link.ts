import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { LANGUAGES, type Language, localisedPath } from '../i18n/languages.ts';

/** The form a person asks for an ASB Case Review with (issue 23): the notice's link by default. */
const CASE_REVIEW_FORM = 'case-review';

/** Whether a path on this site already names a language ("/cy/…"). */
const hasLanguage = (path: string): boolean =>
  LANGUAGES.some(
    (language) => language !== 'en' && (path === `/${language}` || path.startsWith(`/${language}/`)),
  );

/**
 * Where the ASB Case Review notice leads, in the person's language: the deployer's link when the
 * configuration gives one, else the service's own application form. A path on this site is a
 * bilingual page, so a Welsh reader goes to its Welsh version; an https:// address is the deployer's
 * own page, left as given. The one answer for the page after sending and the notice email alike.
 */
export const caseReviewHref = (
  config: Pick<ServiceConfig, 'caseReviewNotice'>,
  language: Language,
): string => {
  const link = config.caseReviewNotice.link ?? PATHS.form(CASE_REVIEW_FORM);
  if (!link.startsWith('/') || hasLanguage(link)) return link;
  return localisedPath(link, language);
};

/** The same, as a whole address, for an email. */
export const caseReviewUrl = (
  config: Pick<ServiceConfig, 'caseReviewNotice' | 'siteUrl'>,
  language: Language,
) => new URL(caseReviewHref(config, language), config.siteUrl).href;
