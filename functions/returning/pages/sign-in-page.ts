import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import type { FieldError } from '../../forms/field-error.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukInput } from '../../govuk/input.ts';
import { govukInsetText } from '../../govuk/inset-text.ts';
import { html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import { contactDetails } from '../../pages/notices.ts';
import { link } from '../../pages/rich-text.ts';
import { inlineError, referenceInput } from './reference-field.ts';
import { renderReturnPage } from './return-frame.ts';

export interface SignInPageState {
  /** What they typed as the reference, kept on a refusal (the code never is). */
  reference?: string;
  errors?: FieldError[];
  /** Shown when a session ended while they were away. */
  ended?: boolean;
  /** Issue 21: offers a one-time link by email instead (where the service can send one). */
  emailLink?: boolean;
}

/** Reference and return code, one form, posted without JavaScript. */
export const renderSignInPage = (config: ServiceConfig, language: Language, state: SignInPageState = {}) => {
  const local = localiseConfig(config, language);
  const errors = state.errors ?? [];
  const title = t(language, 'return.signIn.title');
  const withHidden = inlineError(errors, language);
  return renderReturnPage(
    { config, language, title, hasErrors: errors.length > 0, alternates: true },
    html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${errors.length > 0 ? errorSummaryHtml(errors, t(language, 'errors.title')) : ''}<h1 class="govuk-heading-l">${title}</h1>
${state.ended ? govukInsetText({ text: t(language, 'return.signIn.ended') }) : ''}<p class="govuk-body">${t(language, 'return.signIn.intro')}</p>
<form method="post" action="${RETURN_PATHS.start(language)}" novalidate>
${referenceInput(language, state.reference ?? '', withHidden('reference'))}
${govukInput({
  name: 'code',
  label: { text: t(language, 'return.signIn.code'), classes: 'govuk-label--s' },
  hint: { text: t(language, 'return.signIn.codeHint') },
  classes: 'govuk-input--width-20',
  autocomplete: 'off',
  spellcheck: false,
  autocapitalize: 'characters',
  errorMessage: withHidden('code'),
})}
${govukButton({ text: t(language, 'return.signIn.continue'), preventDoubleClick: true })}
</form>
${state.emailLink ? html`<p class="govuk-body">${link(RETURN_PATHS.emailLink(language), t(language, 'return.signIn.emailLink'))}</p>\n` : ''}<p class="govuk-body">${t(language, 'return.signIn.noCode', { service: local.serviceName })}</p>
${contactDetails(local, language)}
</div>
</div>`,
  );
};
