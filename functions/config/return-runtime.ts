// zod/mini in everything bundled into a function: the same checks at a third of the size.
import * as z from 'zod/mini';
import { readEnvironment } from './environment.ts';

const text = () => z.string().check(z.minLength(1));

/** The /return/ function's environment: the two tables, the hash key, the origin secret and SES. */
const returnRuntimeSchema = z.object({
  TABLE_NAME: text(),
  /** The audit trail: every sign-in attempt is written there. */
  STAFF_TABLE_NAME: text(),
  AWS_REGION: z._default(text(), 'eu-west-2'),
  /** Set only for the local twin: DynamoDB Local. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  /** The site's public address, set by the deployment; overrides the configuration's siteUrl. */
  SITE_URL: z.optional(z.url()),
  /** The key for the return code's keyed hash (required: see hashKeyOf). */
  HASH_KEY: z.optional(z.string().check(z.minLength(32))),
  /** Set by the deployment only: the secret CloudFront sends as x-origin-verify. */
  ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
  /** Issue 22: the evidence bucket, for files sent from the way back in. */
  EVIDENCE_BUCKET: z.optional(text()),
  /** Set only for the local twin: its local S3. */
  S3_ENDPOINT: z.optional(z.url()),
  /** Issue 21: the one-time sign-in link goes through this SES configuration set (set by the deployment). */
  SES_CONFIGURATION_SET: z.optional(text()),
  /** Set only for the local twin: the SES v2 emulator. */
  SES_ENDPOINT: z.optional(z.url()),
});

export type ReturnRuntime = z.infer<typeof returnRuntimeSchema>;

/** Reads the environment the function runs in; a missing value stops start-up naming the variable. */
export const readReturnRuntime = (env: NodeJS.ProcessEnv = process.env): ReturnRuntime =>
  readEnvironment(returnRuntimeSchema, env);
