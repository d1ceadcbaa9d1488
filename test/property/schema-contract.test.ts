import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedSchema } from '../../functions/forms/json-schema.ts';
import { findForm } from '../../functions/forms/registry.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { validateAnswers } from '../../functions/forms/validate.ts';
import { REFERENCE_PATTERN } from '../../functions/submissions/reference.ts';
import type { JsonSchema } from '../integration/spine/schema-client.ts';
import { ANSWER_DAY } from '../support/valid-answers.ts';
import { inProcessHandler, questionIdsOf } from './in-process.ts';
import { schemaAnswers } from './schema-answers.ts';

/**
 * The published JSON Schema is a promise to other clients: whatever it allows, the handler
 * accepts. Instances are generated from the schema alone.
 */

let h: Awaited<ReturnType<typeof inProcessHandler>>;

beforeAll(async () => {
  h = await inProcessHandler();
});

afterAll(() => {
  h?.destroy();
});

describe.each(['referral', 'nuisance', 'feedback'])('%s: the published schema', (formId) => {
  const form = findForm(formId) as FormDefinition;
  const schema = publishedSchema(form) as JsonSchema;
  const answers = schemaAnswers(schema);

  it('every instance it allows is accepted (201) and stored with known answers only', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(answers, async (instance) => {
        const response = await h.submit(formId, JSON.stringify(instance));
        expect(response.statusCode, `${JSON.stringify(instance)}\n${response.body}`).toBe(201);
        const { reference } = JSON.parse(response.body ?? '') as { reference: string };
        expect(reference).toMatch(REFERENCE_PATTERN);
        const record = await h.table.store.get(reference);
        expect(record?.formId).toBe(formId);
        const known = new Set(questionIdsOf(form));
        expect(Object.keys(record?.answers ?? {}).every((k) => known.has(k))).toBe(true);
        // What was stored validates again to itself: normalisation is idempotent.
        expect(validateAnswers(form, record?.answers ?? {}, ANSWER_DAY)).toEqual({
          ok: true,
          answers: record?.answers,
        });
        stored += 1;
      }),
      { numRuns: 120 },
    );
    expect(stored).toBeGreaterThanOrEqual(120);
  });
});
