import type { RawFields } from '../forms/normalise.ts';

/**
 * Apart from read-body.ts so the workspace can read a form post without the public pages'
 * localised errors (and their catalogues) coming along.
 */
/** Form posts repeat a key for each ticked checkbox; those become lists. */
export const formFields = (text: string): RawFields => {
  // No prototype: a key such as __proto__ stays an ordinary (ignored) field.
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = fields[key];
    fields[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
};
