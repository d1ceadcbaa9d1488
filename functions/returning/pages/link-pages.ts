import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import type { FieldError } from '../../forms/field-error.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukInput } from '../../govuk/input.ts';
import { type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import { link } from '../../pages/rich-text.ts';
import { inlineError, referenceInput } from './reference-field.ts';
import { renderReturnPage } from './return-frame.ts';

/**
 * Issue 21: the one-time sign-in link's pages. Asking for one (reference and the address marked
 * safe), the answer (the same whether or not a link went), and the page the link opens: one
 * Continue button that posts the token, so a mail scanner following the link signs nobody in.
 */

const column = (main: Html) => html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${main}
</div>
</div>`;

const withCode = (language: Language) =>
  html`<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'return.emailLink.withCode'))}</p>`;

export interface EmailLinkPageState {
  /** What they typed, kept on a refusal. */
  reference?: string;
  email?: string;
  errors?: FieldError[];
}

/** Reference and the email address marked safe, posted without JavaScript. */
export const renderEmailLinkPage = (
  config: ServiceConfig,
  language: Language,
  state: EmailLinkPageState = {},
): string => {
  const errors = state.errors ?? [];
  const title = t(language, 'return.emailLink.title');
  const withHidden = inlineError(errors, language);
  return renderReturnPage(
    { config, language, title, hasErrors: errors.length > 0 },
    column(html`${errors.length > 0 ? errorSummaryHtml(errors, t(language, 'errors.title')) : ''}<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, 'return.emailLink.intro')}</p>
<form method="post" action="${RETURN_PATHS.emailLink(language)}" novalidate>
${referenceInput(language, state.reference ?? '', withHidden('reference'))}
${govukInput({
  name: 'email',
  type: 'email',
  label: { text: t(language, 'return.emailLink.email'), classes: 'govuk-label--s' },
  hint: { text: t(language, 'return.emailLink.emailHint') },
  value: state.email ?? '',
  autocomplete: 'email',
  spellcheck: false,
  errorMessage: withHidden('email'),
})}
${govukButton({ text: t(language, 'return.emailLink.send'), preventDoubleClick: true })}
</form>
${withCode(language)}`),
  );
};

/** The answer to every request for a link: it never says whether the reference or address matched. */
export const renderLinkAnsweredPage = (config: ServiceConfig, language: Language): string => {
  const title = t(language, 'return.emailLink.sentTitle');
  return renderReturnPage(
    { config, language, title },
    column(html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body" data-link-answer>${t(language, 'return.emailLink.sent')}</p>
<p class="govuk-body">${t(language, 'return.emailLink.notCome')}</p>
${withCode(language)}`),
  );
};

/** What the emailed link opens: nothing happens until Continue is pressed (a POST). */
export const renderContinuePage = (config: ServiceConfig, language: Language, token: string): string => {
  const title = t(language, 'return.signIn.title');
  return renderReturnPage(
    { config, language, title },
    column(html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, 'return.link.intro')}</p>
<form method="post" action="${RETURN_PATHS.link(language)}" novalidate>
<input type="hidden" name="token" value="${token}">
${govukButton({ text: t(language, 'return.signIn.continue'), preventDoubleClick: true })}
</form>`),
  );
};

/** A used, expired or unknown link: one plain message, whatever the reason. */
export const renderLinkRefusedPage = (config: ServiceConfig, language: Language, message: string): string => {
  const title = t(language, 'errors.title');
  return renderReturnPage(
    { config, language, title, hasErrors: true },
    column(html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body" data-link-refused>${message}</p>
<p class="govuk-body">${link(RETURN_PATHS.emailLink(language), t(language, 'return.link.askAgain'))}</p>
${withCode(language)}`),
  );
};
