import { RETURN_PATHS } from '../../contract/service-contract.ts';
import { type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { link } from '../../pages/rich-text.ts';

/** The signed-out link every signed-in page carries (Exit this page ends the session too). */
export const signOutLink = (language: Language): Html =>
  html`<p class="govuk-body">${link(RETURN_PATHS.signOut(language), t(language, 'return.signOut'))}</p>`;
