import { PATHS } from '../../contract/service-contract.ts';
import { publishedSchema } from '../../forms/json-schema.ts';
import { FORMS } from '../../forms/registry.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { type HttpResult, jsonResponse } from '../responses.ts';

const summary = (f: FormDefinition) => ({
  id: f.id,
  title: f.title,
  description: f.description,
  href: PATHS.submit(f.id),
});

export const listForms = (): HttpResult => jsonResponse(200, { forms: FORMS.map(summary) });

/** The questions (for building a page) and the JSON Schema (for building a client). */
export const describeForm = (form: FormDefinition): HttpResult =>
  jsonResponse(200, {
    ...summary(form),
    schemaVersion: form.schemaVersion,
    sections: form.sections,
    schema: publishedSchema(form),
  });
