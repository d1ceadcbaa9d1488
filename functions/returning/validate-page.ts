import { buildSchema } from '../forms/build-schema.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { Section } from '../forms/types.ts';
import { type Validation, validateAnswers } from '../forms/validate.ts';

/** Each page's schema, built once for its sections (the definitions and their localised copies live as long as the function). */
const schemas = new WeakMap<readonly Section[], ReturnType<typeof buildSchema>>();

/**
 * Validates what was posted on a /return/ page by the same question types and rules as the forms
 * (one problem per field, every problem at once, no answer kept to a question not asked).
 */
export const validatePage = (sections: readonly Section[], raw: RawFields, today: string): Validation => {
  let schema = schemas.get(sections);
  if (!schema) {
    schema = buildSchema([...sections]);
    schemas.set(sections, schema);
  }
  return validateAnswers({ sections: [...sections], schema }, raw, today);
};
