import { FORMS } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { en, enPages } from './catalogue/en.ts';
import { formStrings } from './form-strings.ts';
import type { Language } from './languages.ts';
import { PAGE_CATALOGUES } from './page-text.ts';
import { CATALOGUES } from './ui.ts';

/**
 * Every key a language's catalogue must give, with its English and a note for the translator:
 * the page strings (catalogue/en.ts) and every public string of every form (from the definitions,
 * so a question added without its translation is named by key).
 */
export interface CatalogueKey {
  key: string;
  english: string;
  note: string;
}

const FORM_NOTES: [suffix: RegExp, note: string][] = [
  [/\.errorName$/, 'Lower case; completes error messages such as “Rhowch …”, “Dewiswch …”, “Rhaid i … fod”'],
  [/\.label$/, 'The question, as a label or legend'],
  [/\.hint$/, 'Hint text under the question'],
  [/\.options\.[^.]+\.hint$/, 'Hint under one answer option'],
  [/\.options\.[^.]+$/, 'One answer option; the answer must fit the question (Yes/No differ in Welsh)'],
  [/\.sections\.[^.]+\.title$/, 'Heading of a group of questions'],
  [/\.noun$/, 'Lower case; “{noun} sent”, “Now send your {noun}”'],
  [/\.whatHappensNext\.\d+$/, 'A bullet under “What happens next” (confirmation page and email)'],
];

const formNote = (form: FormDefinition, key: string): string => {
  const kind = FORM_NOTES.find(([suffix]) => suffix.test(key))?.[1] ?? 'Form text';
  return `${form.title} form: ${kind}`;
};

export const catalogueKeys = (forms: readonly FormDefinition[] = FORMS): CatalogueKey[] => [
  ...Object.entries({ ...en, ...enPages }).map(([key, entry]) => ({
    key,
    english: entry.text,
    note: entry.note,
  })),
  ...forms.flatMap((form) =>
    [...formStrings(form)].map(([key, english]) => ({ key, english, note: formNote(form, key) })),
  ),
];

/** Keys the catalogue lacks (or leaves blank), in the order a person meets them. */
export const missingKeys = (
  catalogue: Readonly<Record<string, string>>,
  forms: readonly FormDefinition[] = FORMS,
): string[] =>
  catalogueKeys(forms)
    .filter(({ key }) => !catalogue[key]?.trim())
    .map(({ key }) => key);

/** Keys the catalogue gives that nothing uses any more (a question removed or renamed). */
export const unusedKeys = (
  catalogue: Readonly<Record<string, string>>,
  forms: readonly FormDefinition[] = FORMS,
): string[] => {
  const used = new Set(catalogueKeys(forms).map(({ key }) => key));
  return Object.keys(catalogue).filter((key) => !used.has(key));
};

/** A language's whole catalogue, as a translator receives it: the functions' strings and the pages'. */
export const wholeCatalogue = (language: Exclude<Language, 'en'>): Readonly<Record<string, string>> => ({
  ...CATALOGUES[language],
  ...PAGE_CATALOGUES[language],
});
