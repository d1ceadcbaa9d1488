import type { Option } from '../forms/option.ts';
import type { FormDefinition, Question, Section } from '../forms/types.ts';

/**
 * Every public string of a form definition under a stable key derived from the definition:
 * `referral.title`, `referral.sections.about-you.title`, `referral.referrerType.label`,
 * `referral.referrerType.options.self`, `referral.referrerType.errorName`. The definition stays the
 * home of the English; other languages' catalogues give the same keys. Staff-only text (the
 * report's headings) is not public and has no key.
 */
export type FormStrings = Map<string, string>;

/** One string's key, its English and how to put the translation back on a copy of the definition. */
interface Slot {
  key: string;
  english: string | undefined;
}

const optionSlots = (prefix: string, option: Option): Slot[] => [
  { key: `${prefix}.options.${option.value}`, english: option.label },
  { key: `${prefix}.options.${option.value}.hint`, english: option.hint },
];

const questionSlots = (formId: string, q: Question): Slot[] => {
  const prefix = `${formId}.${q.id}`;
  return [
    { key: `${prefix}.label`, english: q.label },
    { key: `${prefix}.hint`, english: q.hint },
    { key: `${prefix}.errorName`, english: q.errorName },
    ...(q.options ?? []).flatMap((o) => optionSlots(prefix, o)),
  ];
};

const sectionSlots = (formId: string, s: Section): Slot[] => [
  { key: `${formId}.sections.${s.id}.title`, english: s.title },
  { key: `${formId}.sections.${s.id}.description`, english: s.description },
  ...s.questions.flatMap((q) => questionSlots(formId, q)),
];

/**
 * The pages a person comes back to (issue 21), under `{form}.returning.`: `referral.returning.addition.title`,
 * `referral.returning.update.label`. The contact page asks the form's own questions, already keyed.
 */
const returningSlots = (form: Omit<FormDefinition, 'schema'>): Slot[] => {
  const prefix = `${form.id}.returning`;
  const { addition, withdraw } = form.returning ?? {};
  return [
    ...(addition ? [{ key: `${prefix}.addition.title`, english: addition.title }] : []),
    ...(addition?.sections ?? []).flatMap((s) => sectionSlots(prefix, s)),
    ...(withdraw ? [{ key: `${prefix}.withdraw.title`, english: withdraw.title }] : []),
    ...(withdraw?.sections ?? []).flatMap((s) => sectionSlots(prefix, s)),
  ];
};

const formSlots = (form: Omit<FormDefinition, 'schema'>): Slot[] => {
  const id = form.id;
  const { closingNote } = form;
  return [
    { key: `${id}.title`, english: form.title },
    { key: `${id}.noun`, english: form.noun },
    { key: `${id}.description`, english: form.description },
    { key: `${id}.contact.whenEmailed`, english: form.contact?.whenEmailed },
    ...form.whatHappensNext.map((english, i) => ({ key: `${id}.whatHappensNext.${i + 1}`, english })),
    { key: `${id}.closingNote.heading`, english: closingNote.heading },
    { key: `${id}.closingNote.text`, english: closingNote.text },
    { key: `${id}.closingNote.link.text`, english: closingNote.link?.text },
    { key: `${id}.closingNote.link.after`, english: closingNote.link?.after },
    { key: `${id}.seeAlso.text`, english: form.seeAlso?.text },
    { key: `${id}.seeAlso.link.text`, english: form.seeAlso?.link.text },
    { key: `${id}.seeAlso.link.after`, english: form.seeAlso?.link.after },
    ...form.sections.flatMap((s) => sectionSlots(id, s)),
    ...returningSlots(form),
  ];
};

/** The form's public strings by key, in the order a person meets them (English, from the definition). */
export const formStrings = (form: Omit<FormDefinition, 'schema'>): FormStrings =>
  new Map(
    formSlots(form)
      // An empty "after" (a link that ends the sentence) has nothing to translate.
      .filter((s): s is { key: string; english: string } => s.english !== undefined && s.english !== '')
      .map((s) => [s.key, s.english]),
  );
