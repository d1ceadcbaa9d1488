import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../functions/forms/normalise.ts';
import { FORMS } from '../../functions/forms/registry.ts';
import { validateAnswers } from '../../functions/forms/validate.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../support/valid-answers.ts';
import { PROTOTYPE_KEYS, questionIdsOf } from './in-process.ts';

/** validateAnswers is a total function: any raw fields in, a verdict out, never a throw. */

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe.each(FORMS.map((f) => [f.id, f] as const))('%s: validateAnswers', (_id, form) => {
  const ids = questionIdsOf(form);
  const key = fc.oneof(fc.constantFrom(...ids, ...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }));
  const rawFields = fc.oneof(
    fc.dictionary(key, anything, { maxKeys: 20, noNullPrototype: true }),
    fc.dictionary(key, anything, { maxKeys: 20, noNullPrototype: false }),
    // Valid answers with random changes on top.
    fc
      .dictionary(key, anything, { maxKeys: 4 })
      .map((changes) => Object.assign(Object.create(null), VALID_ANSWERS[form.id], changes)),
  );

  it('never throws, and answers either valid answers or errors on its own questions', () => {
    fc.assert(
      fc.property(rawFields, (raw) => {
        const result = validateAnswers(form, raw, ANSWER_DAY);
        if (result.ok) {
          for (const [k, v] of Object.entries(result.answers)) {
            expect(ids).toContain(k);
            const isText = typeof v === 'string' && v.trim() === v && v !== '';
            const isList = Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
            expect(isText || isList).toBe(true);
          }
          expect(validateAnswers(form, result.answers, ANSWER_DAY)).toEqual(result);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          const positions = result.errors.map((e) => ids.indexOf(e.field));
          expect(positions.every((p) => p >= 0)).toBe(true);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          for (const e of result.errors) expect(e.message.trim()).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalising text answers twice changes nothing', () => {
    const textFields = fc.dictionary(key, fc.oneof(fc.string(), fc.array(fc.string({ maxLength: 12 }))), {
      maxKeys: 20,
    });
    fc.assert(
      fc.property(textFields, (raw) => {
        const once = normaliseAnswers(form.sections, raw);
        expect(normaliseAnswers(form.sections, once)).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  });
});
