import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import type { Section } from '../../forms/types.ts';
import { govukButton } from '../../govuk/button.ts';
import { attributes, EMPTY, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import { type FormState, privacyLink } from '../../pages/form.ts';
import { formSections } from '../../pages/form-sections.ts';
import { dangerNotice, exitNotice } from '../../pages/notices.ts';
import { link } from '../../pages/rich-text.ts';
import type { ReturnActionName } from '../actions.ts';
import { renderReturnPage } from './return-frame.ts';
import { signOutLink } from './sign-out-link.ts';

/**
 * The hidden field each /return/ page carries: a random id made when the page is drawn, which
 * becomes the addition's id, so the same page sent twice is kept once (storage/addition-write.ts).
 */
export const ADDITION_TOKEN = 'additionToken';

/** One page at /return/: what it asks and how its button reads. */
export interface ActionPage {
  name: ReturnActionName;
  title: string;
  /** A paragraph under the heading, when the page needs one. */
  intro?: string;
  sections: readonly Section[];
  button: string;
}

/**
 * A page a person signed back in fills in, drawn like the forms' pages (the same fields, error
 * summary and notices) and posted without JavaScript to its own address. Every /return/ page is
 * sensitive: Exit this page on each. No language switch: it would leave what was typed behind.
 */
export const renderActionPage = (
  settings: ServiceConfig,
  language: Language,
  page: ActionPage,
  token: string,
  state?: FormState,
): string => {
  const config = localiseConfig(settings, language);
  const errors = state?.errors ?? [];
  const sections = formSections({ sections: page.sections, sensitive: true }, config, state, (q) =>
    q.linksToPrivacyNotice ? privacyLink(language) : EMPTY,
  );
  const main = html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${errors.length > 0 ? html`${errorSummaryHtml(errors, t(language, 'errors.title'))}\n` : ''}<h1 class="govuk-heading-l">${page.title}</h1>
${page.intro ? html`<p class="govuk-body">${page.intro}</p>\n` : ''}${dangerNotice(config, language)}
${exitNotice(language)}
<form${attributes({
    action: RETURN_PATHS.action(page.name, language),
    method: 'post',
    novalidate: true,
    'accept-charset': 'utf-8',
    'data-return-action': page.name,
    // The site's script keeps follow-ups (what else happened, a phone number) in step with the choices.
    'data-reveals': true,
  })}>
<input type="hidden"${attributes({ name: ADDITION_TOKEN, value: token })}>
${sections}
${govukButton({ text: page.button, preventDoubleClick: true })}
</form>
<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'returning.back'))}</p>
${signOutLink(language)}
</div>
</div>`;
  return renderReturnPage(
    { config: settings, language, title: page.title, hasErrors: errors.length > 0 },
    main,
  );
};
