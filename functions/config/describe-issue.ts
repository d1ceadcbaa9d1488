import type { z } from 'zod/mini';
import { nearestKey } from './nearest-key.ts';
import { knownKeysAt } from './schema-walk.ts';

const where = (path: readonly PropertyKey[]) =>
  path.length > 0 ? `in ${path.join('.')}` : 'at the top level';

const unknownKey = (key: string, path: readonly PropertyKey[], known: string[]): string => {
  const near = nearestKey(key, known);
  const hint = near
    ? `did you mean "${near}"?`
    : `the keys there are ${known.map((k) => `"${k}"`).join(', ')}`;
  return `Unknown key "${key}" ${where(path)}: ${hint}`;
};

/**
 * One zod issue as a line a deployer can act on: the key and what is wrong with it, or, for a key
 * the schema does not know (a typo would otherwise fall back to a default unseen), the nearest one.
 */
export const describeIssue = (schema: z.core.$ZodType, issue: z.core.$ZodIssue): string[] => {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => unknownKey(key, issue.path, known));
  }
  const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return [`"${key}" ${issue.message}`];
};
