import fc from 'fast-check';
import { type JsonSchema, requiredGiven, schemaAccepts } from '../integration/spine/schema-client.ts';
import { ANSWER_DAY } from '../support/valid-answers.ts';

export interface SchemaAnswerOptions {
  /** Keeps only some texts (e.g. to stay clear of a known gap); `required` when the instance must have it. */
  text?: (schema: JsonSchema, text: string, required: boolean) => boolean;
  /** Adjusts a generated list before use (e.g. to avoid a combination known to be rejected). */
  list?: (name: string, values: unknown[]) => unknown[];
}

/**
 * A real date before the day the answers are checked on (ANSWER_DAY, never the machine's day):
 * the published schema says format "date", and its description says it must be today or in the
 * past, which JSON Schema itself cannot express.
 */
const pastDate = (): fc.Arbitrary<string> =>
  fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date(Date.parse(`${ANSWER_DAY}T00:00:00Z`) - 86_400_000),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const textArbitrary = (schema: JsonSchema): fc.Arbitrary<string> => {
  if (schema.format === 'date') return pastDate();
  // fast-check cannot generate from Unicode property classes: those patterns filter free text instead.
  const base =
    schema.pattern && !schema.pattern.includes('\\p{')
      ? fc.stringMatching(new RegExp(schema.pattern))
      : fc.oneof(
          fc.string({ unit: 'binary', maxLength: schema.maxLength ?? 200 }),
          fc.string({ unit: 'grapheme', maxLength: schema.maxLength ?? 200 }),
          fc.constantFrom('', ' ', '\t', '\r\n', ' x ', '\u00a0'),
        );
  // fast-check's regex and length units differ a little from JSON Schema's: keep what the schema allows.
  return base.filter((s) => schemaAccepts(schema, s));
};

const valueArbitrary = (name: string, schema: JsonSchema): fc.Arbitrary<unknown> => {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === 'array') {
    const choices = schema.items?.enum;
    if (!choices) {
      // A list of free strings is an evidence question's upload tickets: only a presigned upload
      // makes a good one (test/integration/evidence sends real ones), so an instance gives none.
      if (schema.items?.type === 'string' && (schema.minItems ?? 0) === 0) return fc.constant([]);
      throw new Error(`${name}: only arrays of enum values (or of upload tickets) are supported`);
    }
    const minLength = schema.minItems ?? 0;
    const maxLength = schema.maxItems ?? choices.length + 2;
    return schema.uniqueItems
      ? fc.uniqueArray(fc.constantFrom(...choices), {
          minLength,
          maxLength: Math.min(maxLength, choices.length),
        })
      : fc.array(fc.constantFrom(...choices), { minLength, maxLength });
  }
  if (schema.type === 'string') return textArbitrary(schema);
  throw new Error(`${name}: cannot generate ${JSON.stringify(schema)}`);
};

/**
 * Any instance of an object schema: each property present or not at random, then every property
 * the schema requires (directly or through its if/then rules) added until nothing more is needed.
 * Each instance is checked against the schema, so the generator cannot drift from it.
 */
export const schemaAnswers = (
  schema: JsonSchema,
  options: SchemaAnswerOptions = {},
): fc.Arbitrary<Record<string, unknown>> => {
  const properties = Object.entries(schema.properties ?? {});
  const perProperty: Record<string, fc.Arbitrary<{ present: boolean; value: unknown; strict: unknown }>> = {};
  const keep = options.text;
  for (const [name, child] of properties) {
    const isText = child.type === 'string' && !child.enum;
    const value =
      isText && keep
        ? textArbitrary(child).filter((t) => keep(child, t, false))
        : valueArbitrary(name, child);
    const strict = isText && keep ? textArbitrary(child).filter((t) => keep(child, t, true)) : value;
    perProperty[name] = fc.record({ present: fc.boolean(), value, strict });
  }
  return (
    fc
      .record(perProperty)
      .map((picked) => {
        const answers: Record<string, unknown> = {};
        for (const [name, p] of Object.entries(picked)) if (p.present) answers[name] = p.value;
        for (let round = 0; round < 20; round++) {
          const required = requiredGiven(schema, answers);
          let changed = false;
          for (const name of required) {
            const p = picked[name];
            if (!p) throw new Error(`The schema requires ${name} but does not describe it`);
            const wanted = keep && typeof p.value === 'string' ? p.strict : p.value;
            if (!Object.hasOwn(answers, name) || answers[name] !== wanted) {
              answers[name] = wanted;
              changed = true;
            }
          }
          if (!changed) break;
        }
        if (options.list) {
          for (const [name, value] of Object.entries(answers)) {
            if (Array.isArray(value)) answers[name] = options.list(name, value);
          }
        }
        return answers;
      })
      // Assembling properties can break a rule across them (e.g. a repeated "Not sure yet"): keep
      // only instances the schema allows, so the generator cannot drift from it.
      .filter((answers) => schemaAccepts(schema, answers))
  );
};
