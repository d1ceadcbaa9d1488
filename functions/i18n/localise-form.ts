import { buildSchema } from '../forms/build-schema.ts';
import type { Option } from '../forms/option.ts';
import type { FormDefinition, Question, Section } from '../forms/types.ts';
import type { ReturningPage } from '../returning/types.ts';
import type { Language } from './languages.ts';
import { translated } from './ui.ts';

/**
 * A form in another language: the same definition with each public string swapped for the
 * catalogue's (keys as in form-strings.ts), its questions marked with the language so the
 * question types write their messages with that language's templates, and a schema built from
 * them. Values, ids and rules are untouched: answers are stored and published in one shape.
 */
const localiseUncached = (form: FormDefinition, language: Language): FormDefinition => {
  const tr = (key: string, english: string) => translated(language, `${form.id}.${key}`, english);
  const maybe = (key: string, english: string | undefined) =>
    english === undefined || english === '' ? english : tr(key, english);
  const option = (q: Question, o: Option, prefix: string): Option => ({
    ...o,
    label: tr(`${prefix}${q.id}.options.${o.value}`, o.label),
    ...(o.hint !== undefined && { hint: tr(`${prefix}${q.id}.options.${o.value}.hint`, o.hint) }),
  });
  // `prefix` is '' for the form's own questions, 'returning.' for the pages a person comes back to.
  const question = (q: Question, prefix = ''): Question => ({
    ...q,
    language,
    label: tr(`${prefix}${q.id}.label`, q.label),
    ...(q.hint !== undefined && { hint: tr(`${prefix}${q.id}.hint`, q.hint) }),
    errorName: tr(`${prefix}${q.id}.errorName`, q.errorName),
    ...(q.options && { options: q.options.map((o) => option(q, o, prefix)) }),
  });
  const section = (s: Section, prefix = ''): Section => ({
    ...s,
    title: tr(`${prefix}sections.${s.id}.title`, s.title),
    ...(s.description !== undefined && {
      description: tr(`${prefix}sections.${s.id}.description`, s.description),
    }),
    questions: s.questions.map((q) => question(q, prefix)),
  });
  const page = <P extends ReturningPage>(p: P, key: string): P => ({
    ...p,
    title: tr(`returning.${key}.title`, p.title),
    sections: p.sections.map((s) => section(s, 'returning.')),
  });
  const sections = form.sections.map((s) => section(s));
  const { returning } = form;
  const { closingNote, contact, seeAlso } = form;
  return {
    ...form,
    title: tr('title', form.title),
    noun: tr('noun', form.noun),
    description: tr('description', form.description),
    ...(contact && { contact: { ...contact, whenEmailed: tr('contact.whenEmailed', contact.whenEmailed) } }),
    whatHappensNext: form.whatHappensNext.map((step, i) => tr(`whatHappensNext.${i + 1}`, step)),
    closingNote: {
      ...closingNote,
      ...(closingNote.heading !== undefined && { heading: tr('closingNote.heading', closingNote.heading) }),
      text: tr('closingNote.text', closingNote.text),
      ...(closingNote.link && {
        link: {
          ...closingNote.link,
          text: tr('closingNote.link.text', closingNote.link.text),
          after: maybe('closingNote.link.after', closingNote.link.after) ?? '',
        },
      }),
    },
    ...(seeAlso && {
      seeAlso: {
        text: tr('seeAlso.text', seeAlso.text),
        link: {
          ...seeAlso.link,
          text: tr('seeAlso.link.text', seeAlso.link.text),
          after: maybe('seeAlso.link.after', seeAlso.link.after) ?? '',
        },
      },
    }),
    sections,
    ...(returning && {
      returning: {
        ...returning,
        addition: page(returning.addition, 'addition'),
        ...(returning.withdraw && { withdraw: page(returning.withdraw, 'withdraw') }),
      },
    }),
    language,
    schema: buildSchema(sections),
  };
};

const cache = new Map<string, FormDefinition>();

/** The form in a language (English is the definition itself); built once per form and language. */
export const localiseForm = (form: FormDefinition, language: Language): FormDefinition => {
  if (language === 'en') return form;
  const key = `${form.id}|${language}`;
  let localised = cache.get(key);
  if (!localised) {
    localised = localiseUncached(form, language);
    cache.set(key, localised);
  }
  return localised;
};
