import { FORMS } from '../forms/registry.ts';
import { describeIssue } from './describe-issue.ts';
import { type ServiceConfig, serviceConfigSchema } from './schema.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates a configuration object; throws a ConfigError that names every bad key, and refuses an
 * unknown one with the nearest known key (a misspelt key would otherwise be ignored unseen).
 */
export const parseConfig = (input: unknown): ServiceConfig => {
  const result = serviceConfigSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      `Invalid service configuration:\n- ${result.error.issues.flatMap((i) => describeIssue(serviceConfigSchema, i)).join('\n- ')}`,
    );
  }
  const missing = FORMS.filter((f) => !result.data.forms[f.id]).map((f) => `"forms.${f.id}" is missing`);
  if (missing.length > 0) throw new ConfigError(`Invalid service configuration:\n- ${missing.join('\n- ')}`);
  return result.data;
};
