// zod/mini in everything bundled into a function: the same checks at a third of the size.
import * as z from 'zod/mini';
import { readEnvironment } from './environment.ts';

const text = () => z.string().check(z.minLength(1));

const runtimeSchema = z.object({
  TABLE_NAME: text(),
  AWS_REGION: z._default(text(), 'eu-west-2'),
  /** Set only for the local twin: DynamoDB Local and the SES emulator. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  SES_ENDPOINT: z.optional(z.url()),
  SES_CONFIGURATION_SET: z.optional(text()),
  /** The site's public address, set by the deployment; overrides the configuration's siteUrl. */
  SITE_URL: z.optional(z.url()),
  /**
   * Set by the deployment only: the secret CloudFront sends as x-origin-verify
   * (functions/http/origin-check.ts). Without it (the local twin) the check is off.
   */
  ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
  /** The re-send job only: minutes a submission waits before it sends it (deploy.resend.afterMinutes). */
  RESEND_AFTER_MINUTES: z.optional(z.coerce.number().check(z.positive())),
  /**
   * The key for keyed hashes (functions/security/keyed-hash.ts), from a Secrets Manager secret
   * resolved at deploy time (infra/constructs/hash-key.ts). Functions that hash read it with
   * hashKeyOf, which refuses to start without one.
   */
  HASH_KEY: z.optional(z.string().check(z.minLength(32))),
  /** Issue 22: the evidence bucket, for the functions that upload, process or hand out files. */
  EVIDENCE_BUCKET: z.optional(text()),
  /** Issue 22: file processing's scan-check queue (SCAN_CHECK), where a claim still unscanned waits. */
  SCAN_CHECK_QUEUE_URL: z.optional(z.url()),
  /** Set only for the local twin: its local S3. */
  S3_ENDPOINT: z.optional(z.url()),
});

export type Runtime = z.infer<typeof runtimeSchema>;

/** Reads the environment the function runs in; a missing value stops start-up naming the variable. */
export const readRuntime = (env: NodeJS.ProcessEnv = process.env): Runtime =>
  readEnvironment(runtimeSchema, env);

/** The hash key as bytes; a function that needs one does not start without it. */
export const hashKeyOf = (runtime: Pick<Runtime, 'HASH_KEY'>): Buffer => {
  if (!runtime.HASH_KEY)
    throw new Error('HASH_KEY is not set: the deployment gives it to functions that hash');
  return Buffer.from(runtime.HASH_KEY, 'utf8');
};
