import type { ServiceConfig } from '../config/schema.ts';
import { questionsOf } from '../forms/applicable.ts';
import { CONTACT_LANGUAGE_QUESTION } from '../forms/common-questions.ts';
import type { FieldError } from '../forms/field-error.ts';
import { questionType } from '../forms/question-types/index.ts';
import type { Answers, Question, Section } from '../forms/types.ts';
import { EMPTY, type Html, html } from '../html/html.ts';
import { type FieldContext, renderQuestion } from './form-fields.ts';

/**
 * A form's sections as fields, with no page words of their own (no catalogue): the public form
 * (form.ts) wraps them with its notices, hidden fields and Send; the workspace wraps them to enter
 * an ASB Case Review application for someone (slice 23), so both ask the same questions the same way.
 */

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

/**
 * Each section with its heading, description and root questions, follow-ups drawn inside the choice
 * they depend on; `beforeQuestion` draws anything a question needs before it (the privacy link).
 */
export const formSections = (
  form: { sections: readonly Section[]; sensitive: boolean },
  config: ServiceConfig,
  state: FormState | undefined,
  beforeQuestion: (q: Question) => Html = () => EMPTY,
): Html[] => {
  const questions = questionsOf([...form.sections]).filter((q) => asked(q, config));
  const followUps = followUpsOf(questions);
  const nestedIds = new Set([...followUps.values()].flat().map((q) => q.id));
  const ctx: FieldContext = {
    answers: toAnswers(state?.values ?? {}),
    errors: new Map((state?.errors ?? []).map((e) => [e.field, e.message])),
    followUps,
    sensitive: form.sensitive,
    renderFollowUp: (q) => renderQuestion(q, ctx, true),
  };
  return form.sections.map((section, index) => {
    const roots = section.questions.filter((q) => !nestedIds.has(q.id) && asked(q, config));
    if (roots.length === 0) return EMPTY;
    const fields = roots.map((q) => html`${beforeQuestion(q)}${renderQuestion(q, ctx)}\n`);
    return html`${index > 0 ? '\n' : ''}<div class="app-form-section" data-section="${section.id}">
<h2 class="govuk-heading-m">${section.title}</h2>
${section.description ? html`<p class="govuk-body">${section.description}</p>\n` : ''}${fields}</div>`;
  });
};
