const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

type AttributeValue = string | number | boolean | undefined | null;

/**
 * Builds an attribute list from a record, escaping every value: `true` writes a bare attribute,
 * `false`, `undefined` and `null` leave it out. Returns a leading space when anything is written.
 */
export const attributes = (attrs: Record<string, AttributeValue>): string =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');

/** Joins class names, dropping empty ones. */
export const classes = (...names: (string | false | undefined)[]): string => names.filter(Boolean).join(' ');
