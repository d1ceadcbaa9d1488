import { RETURN_PATHS } from '../../contract/service-contract.ts';
import { govukWarningText } from '../../govuk/warning-text.ts';
import { type Html, html } from '../../html/html.ts';
import type { Language } from '../../i18n/languages.ts';
import { t, template } from '../../i18n/ui.ts';
import { link, richText } from '../../pages/rich-text.ts';

/**
 * The return code on the confirmation page, shown once: where to use it, the code in large type
 * (grouped, to read out and copy), and the warning that it is worth as much as a key.
 */
export const returnCodePanel = (code: string, language: Language, siteUrl: string): Html => {
  const address = new URL(RETURN_PATHS.start(language), siteUrl).href;
  return html`<h2 class="govuk-heading-m">${t(language, 'return.code.heading')}</h2>
<p class="govuk-body">${richText(template(language, 'return.code.intro'), { html: { link: link(RETURN_PATHS.start(language), address) } })}</p>
<p class="govuk-body-l"><span class="govuk-visually-hidden">${t(language, 'return.code.label')}: </span><strong data-return-code>${code}</strong></p>
${govukWarningText({ text: t(language, 'return.code.warning'), iconFallbackText: t(language, 'notice.warning') })}
`;
};
