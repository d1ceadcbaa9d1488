/**
 * A client that knows nothing about the forms but their published JSON Schema: a small checker
 * for the keywords the schemas use, and a generator of answers that satisfy them. Any keyword it
 * does not understand is an error, so a schema that grows a new rule cannot be silently ignored.
 */

export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  contains?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
}

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'enum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'if',
  'then',
]);

/** JSON Schema counts characters as Unicode code points, not UTF-16 units. */
export const codePoints = (text: string): number => [...text].length;

const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

const typeMatches = (type: string, value: unknown): boolean => {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      throw new Error(`Unsupported type ${type}`);
  }
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** RFC 3339 full-date: YYYY-MM-DD naming a day that exists. */
const isRealDate = (value: string): boolean => {
  const day = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
  );
};

/** True when `value` is valid against `schema` (draft 2020-12, for the keywords above). */
export const schemaAccepts = (schema: JsonSchema, value: unknown): boolean => {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`The schema uses "${key}", which this client does not understand`);
  }
  if (schema.type !== undefined && !typeMatches(schema.type, value)) return false;
  if (schema.enum && !schema.enum.some((option) => same(option, value))) return false;
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && codePoints(value) > schema.maxLength) return false;
    if (schema.minLength !== undefined && codePoints(value) < schema.minLength) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
    if (schema.format === 'email' && !EMAIL_FORMAT.test(value)) return false;
    if (schema.format === 'date' && !isRealDate(value)) return false;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      return false;
    if (schema.items && !value.every((v) => schemaAccepts(schema.items as JsonSchema, v))) return false;
    if (schema.contains && !value.some((v) => schemaAccepts(schema.contains as JsonSchema, v))) return false;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!Object.hasOwn(object, name)) return false;
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (Object.hasOwn(object, name) && !schemaAccepts(child, object[name])) return false;
    }
    if (schema.additionalProperties === false) {
      const known = new Set(Object.keys(schema.properties ?? {}));
      if (Object.keys(object).some((k) => !known.has(k))) return false;
    }
  }
  for (const part of schema.allOf ?? []) if (!schemaAccepts(part, value)) return false;
  if (schema.if && schemaAccepts(schema.if, value) && schema.then && !schemaAccepts(schema.then, value)) {
    return false;
  }
  return true;
};

/** Names the schema requires, given the answers so far: `required` plus every if/then that holds. */
export const requiredGiven = (schema: JsonSchema, answers: Record<string, unknown>): Set<string> => {
  const needed = new Set(schema.required ?? []);
  for (const rule of schema.allOf ?? []) {
    if (rule.if && schemaAccepts(rule.if, answers))
      for (const name of rule.then?.required ?? []) needed.add(name);
  }
  return needed;
};

const TEXT_CANDIDATES = [
  'Answer from a schema-only client',
  '01632 960 001',
  'client@example.com',
  'Answer',
  'A',
];

/**
 * One value for a property, chosen from the property's schema alone. `variant` turns which enum
 * value or which array items are picked, so different variants exercise different if/then rules.
 */
export const sampleValue = (name: string, schema: JsonSchema, variant = 0): unknown => {
  if (schema.enum) return schema.enum[variant % schema.enum.length];
  if (schema.type === 'array') {
    const choices = schema.items?.enum;
    if (!choices) throw new Error(`${name}: arrays without an enum of items are not supported`);
    const count = Math.max(schema.minItems ?? 0, 1);
    if (count > choices.length) throw new Error(`${name}: needs ${count} of ${choices.length} values`);
    // Half speed: a list's choice then does not move in step with a yes/no answer's parity.
    return Array.from({ length: count }, (_, i) => choices[(Math.floor(variant / 2) + i) % choices.length]);
  }
  if (schema.type === 'string') {
    const candidates =
      schema.format === 'email'
        ? ['client@example.com', ...TEXT_CANDIDATES]
        : schema.format === 'date'
          ? ['2026-01-31', ...TEXT_CANDIDATES]
          : TEXT_CANDIDATES;
    const fits = candidates.find((c) => schemaAccepts(schema, c));
    if (fits === undefined) throw new Error(`${name}: no candidate text satisfies ${JSON.stringify(schema)}`);
    return fits;
  }
  throw new Error(`${name}: cannot make a value for ${JSON.stringify(schema)}`);
};

/**
 * Answers built from the schema alone: every required property, then whatever the if/then rules
 * make required given those answers, until nothing more is needed. Optional properties are left out.
 */
export const answersFromSchema = (schema: JsonSchema, variant = 0): Record<string, unknown> => {
  const properties = schema.properties ?? {};
  const answers: Record<string, unknown> = {};
  for (let round = 0; round < 20; round++) {
    const missing = [...requiredGiven(schema, answers)].filter((name) => !Object.hasOwn(answers, name));
    if (missing.length === 0) {
      if (!schemaAccepts(schema, answers)) throw new Error('Generated answers do not satisfy the schema');
      return answers;
    }
    for (const name of missing) {
      const property = properties[name];
      if (!property) throw new Error(`The schema requires ${name} but does not describe it`);
      answers[name] = sampleValue(name, property, variant);
    }
  }
  throw new Error('The schema’s if/then rules did not settle');
};
