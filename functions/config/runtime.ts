import * as z from 'zod';
import { ConfigError } from './parse-config.ts';

const runtimeSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('eu-west-2'),
  /** Set only for the local twin: DynamoDB Local and the SES emulator. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
});

export type Runtime = z.infer<typeof runtimeSchema>;

/** Reads the environment a function runs in; a missing value stops start-up naming the variable. */
export const readRuntime = (env: NodeJS.ProcessEnv = process.env): Runtime => {
  const result = runtimeSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
};
