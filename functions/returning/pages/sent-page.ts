import type { ServiceConfig } from '../../config/schema.ts';
import { RETURN_PATHS } from '../../contract/service-contract.ts';
import { govukPanel } from '../../govuk/panel.ts';
import { type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { localiseConfig } from '../../i18n/localise-config.ts';
import { t } from '../../i18n/ui.ts';
import { contactDetails } from '../../pages/notices.ts';
import { link } from '../../pages/rich-text.ts';
import { caseReviewHref } from '../case-review-link.ts';
import type { AdditionKind } from '../types.ts';
import { renderReturnPage } from './return-frame.ts';
import { signOutLink } from './sign-out-link.ts';

/**
 * The ASB Case Review notice: in the deployer's words and with their link where the configuration
 * gives them, otherwise the service's own words and its own application form, set apart as
 * GOV.UK inset text so it is seen but does not alarm.
 */
export const caseReviewNotice = (config: ServiceConfig, language: Language): Html => {
  const own = config.caseReviewNotice.words?.[language];
  const href = caseReviewHref(config, language);
  return html`<div class="govuk-inset-text" data-case-review-notice>
<h2 class="govuk-heading-m">${own?.heading ?? t(language, 'returning.caseReview.heading')}</h2>
<p class="govuk-body">${own?.text ?? t(language, 'returning.caseReview.text')}</p>
<p class="govuk-body"><a class="govuk-link" href="${href}">${own?.linkText ?? t(language, 'returning.caseReview.linkText')}</a></p>
</div>`;
};

type SentKind = AdditionKind;

/**
 * The page a person lands on once what they added is kept: said plainly, with the Case Review
 * notice when this addition gave it, and the way back to what else they can do.
 */
export const renderSentPage = (
  settings: ServiceConfig,
  language: Language,
  kind: SentKind,
  withCaseReviewNotice: boolean,
): string => {
  const config = localiseConfig(settings, language);
  const title = t(language, `returning.sent.${kind}`);
  const main = html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${govukPanel({ titleText: title })}
${withCaseReviewNotice ? html`${caseReviewNotice(config, language)}\n` : ''}<p class="govuk-body">${t(language, 'returning.sent.next')}</p>
<p class="govuk-body">${link(RETURN_PATHS.start(language), t(language, 'returning.sent.more'))}</p>
${signOutLink(language)}
</div>
</div>`;
  return renderReturnPage({ config: settings, language, title }, main);
};

/** When the case was erased or expired while the person was adding to it: nothing was kept. */
export const renderGonePage = (settings: ServiceConfig, language: Language): string => {
  const config = localiseConfig(settings, language);
  const title = t(language, 'returning.gone.title');
  const main = html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, 'returning.gone.text')}</p>
${contactDetails(config, language)}
</div>
</div>`;
  return renderReturnPage({ config: settings, language, title }, main);
};
