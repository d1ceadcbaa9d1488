import type { ServiceConfig } from '../config/schema.ts';
import { PATHS } from '../contract/service-contract.ts';
import { questionsOf } from '../forms/applicable.ts';
import { CONTACT_LANGUAGE_QUESTION } from '../forms/common-questions.ts';
import type { FieldError } from '../forms/field-error.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import { questionType } from '../forms/question-types/index.ts';
import type { Answers, FormDefinition, Question } from '../forms/types.ts';
import { govukButton } from '../govuk/button.ts';
import { attributes, type Html, html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { t, template } from '../i18n/ui.ts';
import { errorSummaryHtml } from './error-summary.ts';
import { type FieldContext, renderQuestion } from './form-fields.ts';
import { dangerNotice, exitNotice } from './notices.ts';
import { link, richText, strong } from './rich-text.ts';
import { scriptWords } from './script-words.ts';

/** A form's answers and problems when it is shown again after a failed post. */
export interface FormState {
  values: Record<string, unknown>;
  errors: readonly FieldError[];
}

/** Keeps only what can be an answer (text or a list of texts) from raw posted values. */
export const toAnswers = (values: Record<string, unknown>): Answers => {
  // No prototype: a posted key such as "__proto__" or "constructor" stays an ordinary, unused field.
  const answers: Answers = Object.create(null);
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') answers[key] = value;
    else if (Array.isArray(value)) answers[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return answers;
};

/**
 * The language question is only asked where there is a choice: a deployment offering English
 * alone leaves it out (it is optional, and the record then says English).
 */
const asked = (q: Question, config: ServiceConfig): boolean =>
  q.id !== CONTACT_LANGUAGE_QUESTION || config.languages.length > 1;

const isChoice = (q: Question | undefined): boolean => q !== undefined && questionType(q).hasOptions;

/** Follow-ups are drawn inside the choice question they depend on. */
const followUpsOf = (questions: Question[]): Map<string, Question[]> => {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const followUps = new Map<string, Question[]>();
  for (const q of questions) {
    if (q.showIf && isChoice(byId.get(q.showIf.question))) {
      followUps.set(q.showIf.question, [...(followUps.get(q.showIf.question) ?? []), q]);
    }
  }
  return followUps;
};

const metaField = (name: string, value: unknown): Html =>
  html`<input type="hidden"${attributes({ name, value: typeof value === 'string' ? value : '' })}>`;

/** Filled only by bots: hidden from sight, from assistive technology and from the tab order. */
const honeypot = (language: Language): Html => html`<div class="app-honeypot" aria-hidden="true">
<label for="${META_FIELDS.honeypot}">${t(language, 'form.honeypot')}</label>
<input type="text" id="${META_FIELDS.honeypot}" name="${META_FIELDS.honeypot}" tabindex="-1" autocomplete="off" value="">
</div>`;

const privacyLink = (language: Language): Html =>
  html`<p class="govuk-body">${richText(template(language, 'form.privacy'), { html: { link: link(localisedPath(PATHS.privacy, language), t(language, 'form.privacyLink'), { newTab: true }) } })}</p>`;

/**
 * The form itself, drawn from its definition: sections in the order of the restorative questions,
 * GOV.UK fields, the fields sent beside the answers and the send button. Posts without JavaScript.
 */
export const renderForm = (
  form: FormDefinition,
  config: ServiceConfig,
  state?: FormState,
  /** Where the form posts, and fields before the questions, when staff fill it in for someone (slice 23). */
  target?: { action: string; before: Html },
): Html => {
  const language = form.language ?? 'en';
  const questions = questionsOf(form.sections).filter((q) => asked(q, config));
  const followUps = followUpsOf(questions);
  const nestedIds = new Set([...followUps.values()].flat().map((q) => q.id));
  const ctx: FieldContext = {
    answers: toAnswers(state?.values ?? {}),
    errors: new Map((state?.errors ?? []).map((e) => [e.field, e.message])),
    followUps,
    sensitive: form.sensitive,
    renderFollowUp: (q) => renderQuestion(q, ctx, true),
  };
  const values = state?.values ?? {};
  const sections = form.sections.map((section, index) => {
    const roots = section.questions.filter((q) => !nestedIds.has(q.id) && asked(q, config));
    if (roots.length === 0) return '';
    const fields = roots.map(
      (q) => html`${q.linksToPrivacyNotice ? privacyLink(language) : ''}${renderQuestion(q, ctx)}\n`,
    );
    return html`${index > 0 ? '\n' : ''}<div class="app-form-section" data-section="${section.id}">
<h2 class="govuk-heading-m">${section.title}</h2>
${section.description ? html`<p class="govuk-body">${section.description}</p>\n` : ''}${fields}</div>`;
  });
  return html`<form${attributes({
    action: target?.action ?? PATHS.submit(form.id, form.language),
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
${honeypot(language)}
${target?.before ?? ''}${sections}
${govukButton({ text: t(language, 'form.send'), preventDoubleClick: true })}
</form>`;
};

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
${dangerNotice(config, language)}
${form.sensitive ? html`${exitNotice(language)}\n` : ''}<p class="govuk-body">${richText(template(language, 'form.sentOnlyAtEnd'), { html: { send: strong(t(language, 'form.send')) } })}</p>
${renderForm(form, config, state)}
</div>
</div>`;
};
