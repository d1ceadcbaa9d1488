// zod/mini in everything bundled into a function: the same checks at a third of the size.
import * as z from 'zod/mini';
import { readEnvironment } from './environment.ts';

const text = () => z.string().check(z.minLength(1));

/**
 * The staff function's environment. The OpenID provider is Cognito on AWS and the twin's own
 * provider locally: the same variables, the same code.
 */
const staffRuntimeSchema = z.object({
  TABLE_NAME: text(),
  STAFF_TABLE_NAME: text(),
  AWS_REGION: z._default(text(), 'eu-west-2'),
  /** Set only for the local twin: DynamoDB Local. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  /** The provider's issuer; its discovery document is at /.well-known/openid-configuration. */
  /** The site's public address, set by the deployment; overrides the configuration's siteUrl. */
  SITE_URL: z.optional(z.url()),
  OIDC_ISSUER: z.url(),
  OIDC_CLIENT_ID: text(),
  OIDC_CLIENT_SECRET: text(),
  /**
   * Where signing out at the provider happens, for providers whose discovery document has no
   * end_session_endpoint (Cognito's /logout). The client id and return address are added.
   */
  OIDC_LOGOUT_URL: z.optional(z.url()),
  /** Issue 22: the evidence bucket, for download links and erasure. */
  EVIDENCE_BUCKET: z.optional(text()),
  /** The key for keyed hashes (as functions/config/runtime.ts): erasing finds the confirmation claim by it. */
  HASH_KEY: z.optional(z.string().check(z.minLength(32))),
  /** Set by the deployment only: the secret CloudFront sends as x-origin-verify. */
  ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
});

export type StaffRuntime = z.infer<typeof staffRuntimeSchema>;

/** Reads the environment the function runs in; a missing value stops start-up naming the variable. */
export const readStaffRuntime = (env: NodeJS.ProcessEnv = process.env): StaffRuntime =>
  readEnvironment(staffRuntimeSchema, env);
