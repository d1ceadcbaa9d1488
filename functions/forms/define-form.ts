import { returningProblems } from '../returning/spec-problems.ts';
import { questionsOf } from './applicable.ts';
import { buildSchema } from './build-schema.ts';
import type { FormDefinition } from './types.ts';

/** Builds a form's schema from its questions and checks the definition hangs together. */
export const defineForm = (definition: Omit<FormDefinition, 'schema'>): FormDefinition => {
  const seen = new Set<string>();
  for (const q of questionsOf(definition.sections)) {
    if (seen.has(q.id)) throw new Error(`Form ${definition.id}: question ${q.id} is defined twice`);
    if (q.showIf && !seen.has(q.showIf.question)) {
      throw new Error(
        `Form ${definition.id}: ${q.id} depends on ${q.showIf.question}, which must come before it`,
      );
    }
    seen.add(q.id);
  }
  const [problem] = returningProblems(definition);
  if (problem) throw new Error(`Form ${definition.id}: ${problem}`);
  return { ...definition, schema: buildSchema(definition.sections) };
};
