import type { z } from 'zod/mini';
import { ConfigError } from './parse-config.ts';

/** Reads a function's environment with its schema; a bad or missing value stops start-up, named. */
export const readEnvironment = <T extends z.ZodMiniType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> => {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n- ${problems.join('\n- ')}`);
  }
  return result.data as z.infer<T>;
};
