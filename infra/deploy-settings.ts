import { z } from 'zod';
import { describeIssue } from '../functions/config/describe-issue.ts';
import { ConfigError } from '../functions/config/parse-config.ts';

/** The retention periods CloudWatch Logs accepts. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** A Cognito prefix domain: lower case letters, digits and inner dashes, at most 63 characters. */
const COGNITO_DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_DOMAIN = /aws|amazon|cognito/;
const RESERVED_PROVIDER_NAMES = new Set([
  'cognito',
  'facebook',
  'google',
  'loginwithamazon',
  'signinwithapple',
]);

/** The claims Microsoft Entra ID sends in a SAML assertion by default. */
export const ENTRA_CLAIMS = {
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  name: 'http://schemas.microsoft.com/identity/claims/displayname',
} as const;

/**
 * Settings that only matter to a deployment (not to the forms or the emails), read from the CDK
 * context key "deploy" in cdk.json, with `-c deploy='{"waf":{"enabled":false}}'` merged over it. Documented in
 * docs/deploy.md; unknown keys are an error so a typo cannot silently fall back to a default.
 */
export const deploySettingsSchema = z
  .object({
    /** Stack names are `<prefix>-Service` and `<prefix>-Waf`. */
    stackPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,60}$/, { error: 'must be letters, digits and dashes' })
      .default('RestorativeReferrals'),
    /** Where the data lives. eu-west-2 is London. */
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'must be an AWS region such as eu-west-2' })
      .default('eu-west-2'),
    /** Pins the account; otherwise the CLI's credentials decide (CDK_DEFAULT_ACCOUNT). */
    account: z
      .string()
      .regex(/^\d{12}$/, { error: 'must be a 12-digit AWS account id' })
      .optional(),
    /** The built Astro site, relative to the repository root. */
    siteDir: z.string().min(1).default('site/dist'),
    /** ACM certificate (in us-east-1) for the host name of siteUrl in config/service.json. */
    certificateArn: z
      .string()
      .regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, {
        error: 'must be the ARN of an ACM certificate in us-east-1 (CloudFront only uses certificates there)',
      })
      .optional(),
    /**
     * The forms API's own address, CloudFront's only way in once the execute-api address is
     * switched off (infra/constructs/forms-api.ts): a host name the deployer's DNS points at the
     * API Gateway domain (output ApiOriginTarget) and an ACM certificate for it in `region`.
     * Needed whenever siteUrl is a real address; a test deployment on cloudfront.net may leave it out.
     */
    apiOrigin: z
      .object({
        domainName: z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
          error: 'must be a lower-case host name such as api-origin.referrals.example.org',
        }),
        certificateArn: z.string().regex(/^arn:aws:acm:[a-z]{2}(-[a-z]+)+-\d:\d{12}:certificate\/[\w-]+$/, {
          error: 'must be the ARN of an ACM certificate in the service region',
        }),
      })
      .strict()
      .optional(),
    waf: z
      .object({
        enabled: z.boolean().default(true),
        /**
         * Requests of any kind to /api/* one address may make in any five minutes (a form page
         * makes one or two; a post, its confirmation). Over it, WAF answers 429 for a while.
         */
        apiRequestsPerFiveMinutes: z.int().min(10).max(2_000_000_000).default(300),
        /** Form posts one address may make in any five minutes before it is blocked for a while. */
        postRequestsPerFiveMinutes: z.int().min(10).max(2_000_000_000).default(100),
        /**
         * Staff workspace requests one address may make in five minutes: its POSTs (actions,
         * sign-out) and every request to the sign-in and callback addresses. Higher than the
         * forms' limit, because a council's staff may all share one office address.
         */
        staffRequestsPerFiveMinutes: z.int().min(10).max(2_000_000_000).default(300),
        /**
         * Requests to /return/ (sign-in, where a case stands, additions) one address may make in
         * five minutes. A person coming back makes a handful; the function also counts wrong codes.
         */
        returnRequestsPerFiveMinutes: z.int().min(10).max(2_000_000_000).default(60),
      })
      .strict()
      .prefault({}),
    resend: z
      .object({
        /**
         * Minutes a submission may wait for its team email (or a due confirmation) before the
         * re-send job sends it. Longer than the stream normally takes; the job runs every 5 minutes.
         */
        afterMinutes: z
          .int()
          .min(5)
          .max(24 * 60)
          .default(10),
      })
      .strict()
      .prefault({}),
    /** Stage-wide API Gateway throttling: requests per second and burst. */
    apiThrottle: z
      .object({
        rateLimit: z.number().positive().max(10_000).default(20),
        burstLimit: z.int().positive().max(5_000).default(40),
      })
      .strict()
      .prefault({}),
    /** Function and API access logs. They hold no personal data. */
    logRetentionDays: z.literal(LOG_RETENTION_DAYS).default(90),
    accessLogs: z
      .object({
        /**
         * CloudFront standard logs record each viewer's IP address next to the path, e.g.
         * POST /api/forms/referral: that links a person to a referral, so they are off unless a
         * council's data protection impact assessment asks for them.
         */
        cloudFront: z.boolean().default(false),
        /** Days before access logs (CloudFront, and S3's own for the site bucket) are deleted. */
        retentionDays: z.int().min(1).max(400).default(30),
      })
      .strict()
      .prefault({}),
    staff: z
      .object({
        /**
         * The Cognito prefix domain of the staff sign-in pages:
         * https://<prefix>.auth.<region>.amazoncognito.com. Unique in the region across all AWS
         * accounts. By default `<stackPrefix>-staff-<8 characters of the stack's id>`.
         */
        domainPrefix: z
          .string()
          .regex(COGNITO_DOMAIN_PREFIX, {
            error:
              'must be 1 to 63 lower case letters, digits and dashes, not starting or ending with a dash',
          })
          .refine((prefix) => !RESERVED_IN_DOMAIN.test(prefix), {
            error: 'must not contain "aws", "amazon" or "cognito" (Cognito refuses them)',
          })
          .optional(),
        /**
         * Cognito threat protection for staff sign-in. ENFORCED (the default) blocks sign-ins with
         * known-leaked passwords and high-risk sign-ins, AUDIT only reports them, OFF turns it off.
         * ENFORCED and AUDIT need Cognito's Plus feature plan, billed per monthly active user;
         * OFF uses the Essentials plan.
         */
        threatProtection: z.enum(['ENFORCED', 'AUDIT', 'OFF']).default('ENFORCED'),
        /** Raising it replaces the staff app client and its secret: that is how the secret is rotated. */
        clientGeneration: z.int().min(1).default(1),
        /** Staff sign in through the organisation's own identity provider (Entra ID, Google) by SAML. */
        saml: z
          .object({
            /** The provider's name in Cognito; federated usernames start with it. */
            name: z
              .string()
              .regex(/^[A-Za-z][A-Za-z0-9-]{1,31}$/, {
                error: 'must be 2 to 32 letters, digits and dashes, starting with a letter',
              })
              .refine((name) => !RESERVED_PROVIDER_NAMES.has(name.toLowerCase()), {
                error: 'is a name Cognito reserves for its own providers',
              }),
            /** The provider's SAML metadata document (Entra: App Federation Metadata Url)... */
            metadataUrl: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
            /** ...or the downloaded file, relative to the repository root (Google Workspace). */
            metadataFile: z.string().min(1).optional(),
            /** The SAML attribute holding the person's email address (Entra's claim by default). */
            emailAttribute: z.string().min(1).default(ENTRA_CLAIMS.email),
            /** The SAML attribute holding the person's display name (Entra's claim by default). */
            nameAttribute: z.string().min(1).default(ENTRA_CLAIMS.name),
            /** false: staff can only sign in through the provider (no Cognito passwords). */
            passwordSignIn: z.boolean().default(true),
          })
          .strict()
          .refine((saml) => (saml.metadataUrl === undefined) !== (saml.metadataFile === undefined), {
            error: 'needs exactly one of metadataUrl and metadataFile',
          })
          .optional(),
      })
      .strict()
      .prefault({}),
    originVerify: z
      .object({
        /**
         * Which secret CloudFront sends the forms API (infra/constructs/origin-verify.ts). Raising
         * it replaces the secret with a newly generated one: that is how it is rotated.
         */
        generation: z.int().min(1).default(1),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type DeploySettings = z.infer<typeof deploySettingsSchema>;

const fail = (problems: string[]): never => {
  throw new ConfigError(`Invalid deploy settings (CDK context "deploy"):\n- ${problems.join('\n- ')}`);
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` laid on `base` key by key, objects merged all the way down; anything else replaces. */
export const mergeDeep = (base: unknown, over: unknown): unknown => {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeDeep(base[key], value);
  return merged;
};

const fromJson = (raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return fail(['is not valid JSON']);
  }
};

/**
 * Validates the "deploy" context value (an object, or a JSON string when given with -c). CDK lets
 * `-c deploy='{...}'` replace cdk.json's whole value, which would drop a production deployment's
 * certificate and API origin for a one-off change; so the given value is merged over `fileSettings`
 * (cdk.json's "deploy") key by key instead.
 */
export const parseDeploySettings = (raw: unknown, fileSettings: unknown = {}): DeploySettings => {
  const input = mergeDeep(fromJson(fileSettings ?? {}), fromJson(raw ?? {}));
  const result = deploySettingsSchema.safeParse(input);
  if (!result.success) {
    fail(result.error.issues.flatMap((i) => describeIssue(deploySettingsSchema, i)));
  }
  return result.data as DeploySettings;
};
