import { PATHS } from '../../../functions/contract/service-contract.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { newReference } from '../../../functions/submissions/reference.ts';

/** Every static page of the site, by path. */
export const STATIC_PAGES = [
  PATHS.home,
  PATHS.about,
  PATHS.onlineSafety,
  PATHS.privacy,
  PATHS.accessibility,
  ...FORMS.map((f) => PATHS.form(f.id)),
];

/** Each form's confirmation page, as the handler renders it after a post. */
export const CONFIRMATION_PAGES = FORMS.map((f) => PATHS.confirmation(f.id, newReference(f.referencePrefix)));

export const NOT_FOUND_PAGE = '/no-such-page/';

/** Pages that must carry Exit this page: the sensitive forms and the pages leading to them. */
export const EXIT_PAGES = [
  PATHS.home,
  PATHS.about,
  PATHS.onlineSafety,
  ...FORMS.filter((f) => f.sensitive).map((f) => PATHS.form(f.id)),
];
