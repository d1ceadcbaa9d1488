import { attributes, type Html } from '../html/html.ts';

/**
 * govuk-frontend's `attributes` parameter: a value, or `{ value, optional }`. Written as the
 * macros' govukAttributes writes it: a plain value always (empty when missing, booleans as
 * "true"/"false"); an optional one only when set, `true` as a bare attribute.
 */
export type GovukAttributeValue = string | number | boolean | null | undefined;
export type GovukAttributes = Record<
  string,
  GovukAttributeValue | { value: GovukAttributeValue; optional?: boolean }
>;

const plain = (item: GovukAttributes[string]): GovukAttributeValue => {
  const { value, optional } =
    item !== null && typeof item === 'object' ? item : { value: item, optional: false };
  if (optional === true) return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'boolean' ? String(value) : value;
};

export const govukAttributes = (attrs: GovukAttributes | undefined): Html =>
  attributes(Object.fromEntries(Object.entries(attrs ?? {}).map(([name, item]) => [name, plain(item)])));
