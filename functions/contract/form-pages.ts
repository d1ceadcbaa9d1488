/** Part of the service contract (service-contract.ts): which site pages are never stored. */
import { FORMS } from '../forms/registry.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { PATHS } from './paths.ts';

/**
 * The start of every form page's address in every language the site is published in: `/referral`
 * and `/cy/referral` (so `/referral`, `/referral/` and its index.html). These pages are sent
 * `no-store`, so Back after "Exit this page" cannot bring a filled-in form up again. CloudFront
 * gives each a behaviour (`/referral*`), and the twin matches them the same way.
 */
export const formPagePrefixes = (languages: readonly Language[]): string[] =>
  languages.flatMap((language) =>
    FORMS.map((form) => localisedPath(PATHS.form(form.id), language).replace(/\/$/, '')),
  );
