import type { z } from 'zod/mini';
import { FORMS } from '../forms/registry.ts';
import { type ServiceConfig, serviceConfigSchema } from './schema.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const describe = (issue: z.core.$ZodIssue): string => {
  const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `"${key}" ${issue.message}`;
};

/** Validates a configuration object; throws a ConfigError that names every bad key. */
export const parseConfig = (input: unknown): ServiceConfig => {
  const result = serviceConfigSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      `Invalid service configuration:\n- ${result.error.issues.map(describe).join('\n- ')}`,
    );
  }
  const missing = FORMS.filter((f) => !result.data.forms[f.id]).map((f) => `"forms.${f.id}" is missing`);
  if (missing.length > 0) throw new ConfigError(`Invalid service configuration:\n- ${missing.join('\n- ')}`);
  return result.data;
};
