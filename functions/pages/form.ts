import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import type { FormDefinition, SeeAlso } from '../forms/types.ts';
import { govukButton } from '../govuk/button.ts';
import { attributes, EMPTY, type Html, html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t, template } from '../i18n/ui.ts';
import { errorSummaryHtml } from './error-summary.ts';
import { type FormState, formSections } from './form-sections.ts';
import { dangerNotice, exitNotice } from './notices.ts';
import { link, richText, strong } from './rich-text.ts';
import { scriptWords } from './script-words.ts';

export { type FormState, toAnswers } from './form-sections.ts';

const metaField = (name: string, value: unknown): Html =>
  html`<input type="hidden"${attributes({ name, value: typeof value === 'string' ? value : '' })}>`;

/** Filled only by bots: hidden from sight, from assistive technology and from the tab order. */
const honeypot = (language: Language): Html => html`<div class="app-honeypot" aria-hidden="true">
<label for="${META_FIELDS.honeypot}">${t(language, 'form.honeypot')}</label>
<input type="text" id="${META_FIELDS.honeypot}" name="${META_FIELDS.honeypot}" tabindex="-1" autocomplete="off" value="">
</div>`;

/** The link to the privacy notice drawn before a question that asks for it (forms and /return/ pages). */
export const privacyLink = (language: Language): Html =>
  html`<p class="govuk-body">${richText(template(language, 'form.privacy'), { html: { link: link(localisedPath(PATHS.privacy, language), t(language, 'form.privacyLink'), { newTab: true }) } })}</p>`;

/**
 * The form itself, drawn from its definition: sections in the order of the restorative questions,
 * GOV.UK fields, the fields sent beside the answers and the send button. Posts without JavaScript.
 */
export const renderForm = (form: FormDefinition, config: ServiceConfig, state?: FormState): Html => {
  const language = form.language ?? 'en';
  const values = state?.values ?? {};
  const sections = formSections(form, config, state, (q) =>
    q.linksToPrivacyNotice ? privacyLink(language) : EMPTY,
  );
  return html`<form${attributes({
    action: PATHS.submit(form.id, form.language),
    method: 'post',
    novalidate: true,
    'accept-charset': 'utf-8',
    'data-form': form.id,
    'data-noun': form.noun,
    'data-words': scriptWords(language, config),
  })}>
${metaField(META_FIELDS.token, values[META_FIELDS.token])}
${metaField(META_FIELDS.openFor, values[META_FIELDS.openFor])}
${metaField(META_FIELDS.language, language)}
${values[META_FIELDS.caseLink] ? html`${metaField(META_FIELDS.caseLink, values[META_FIELDS.caseLink])}\n` : ''}${honeypot(language)}
${sections}
${govukButton({ text: t(language, 'form.send'), preventDoubleClick: true })}
</form>`;
};

/** The page the definition points to before the questions (the Case Review's figures), in the page's language. */
const seeAlsoHtml = ({ text, link: to }: SeeAlso, language: Language): Html =>
  html`<p class="govuk-body">${text}${link(localisedPath(to.path, language), to.text)}${to.after}</p>`;

/**
 * The main content of a form page: problems first, then the title, the safety notices and the
 * form. The static page and the handler's re-shown page (after a failed post) are both this.
 */
export const renderFormMain = (form: FormDefinition, config: ServiceConfig, state?: FormState): Html => {
  const errors = state?.errors ?? [];
  const language = form.language ?? 'en';
  return html`<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds" data-form-view>
${errors.length > 0 ? html`${errorSummaryHtml(errors, t(language, 'errors.title'))}\n` : ''}<h1 class="govuk-heading-l">${form.title}</h1>
<p class="govuk-body-l">${form.description}</p>
${form.seeAlso ? html`${seeAlsoHtml(form.seeAlso, language)}\n` : ''}${dangerNotice(config, language)}
${form.sensitive ? html`${exitNotice(language)}\n` : ''}<p class="govuk-body">${richText(template(language, 'form.sentOnlyAtEnd'), { html: { send: strong(t(language, 'form.send')) } })}</p>
${renderForm(form, config, state)}
</div>
</div>`;
};
