import { questionsOf } from '../forms/applicable.ts';
import type { FormDefinition, Section } from '../forms/types.ts';
import { t } from '../i18n/ui.ts';

const cache = new WeakMap<FormDefinition, readonly Section[]>();

/**
 * The page that changes how to contact a person safely: the form's own safe-contact questions
 * (ReturningSpec.contactQuestions), in the form's order and language, with the same rules.
 */
export const contactSections = (form: FormDefinition): readonly Section[] => {
  let sections = cache.get(form);
  if (!sections) {
    const ids = new Set(form.returning?.contactQuestions ?? []);
    sections = [
      {
        id: 'contact',
        title: t(form.language ?? 'en', 'returning.contact.section'),
        questions: questionsOf(form.sections).filter((q) => ids.has(q.id)),
      },
    ];
    cache.set(form, sections);
  }
  return sections;
};
