import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';

/** Where an endpoint's signing secrets are kept: Secrets Manager on AWS, a local file in the twin. */
export interface WebhookSecrets {
  /** The secrets to sign with, the current one first; two while a rotation is under way. */
  secretsFor(endpointId: string): Promise<string[]>;
}

/**
 * The value of an endpoint's secret: `current`, and `previous` while receivers move to the new one
 * (both sign meanwhile). Either may carry Standard Webhooks' `whsec_` prefix; what follows is base64.
 */
const secretText = z.string().check(z.regex(/^(whsec_)?[A-Za-z0-9+/]{32,}={0,2}$/));
export const secretValueSchema = z.strictObject({
  current: secretText,
  previous: z.optional(secretText),
});
export type SecretValue = z.infer<typeof secretValueSchema>;

/** The secret as a receiver is given it: always with the `whsec_` prefix. */
export const asReceiverSecret = (secret: string): string =>
  secret.startsWith('whsec_') ? secret : `whsec_${secret}`;

/** The secrets a stored value holds, current first, each as a receiver is given it. */
export const secretsOf = (raw: string): string[] => {
  const value = secretValueSchema.parse(JSON.parse(raw));
  return [value.current, ...(value.previous ? [value.previous] : [])].map(asReceiverSecret);
};

/** A new secret: 32 random bytes, as Standard Webhooks writes them. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** Keeps what a source gave for a few minutes, so each delivery does not read Secrets Manager again. */
export const cachedSecrets = (source: WebhookSecrets, seconds: number, now: () => Date): WebhookSecrets => {
  const cache = new Map<string, { secrets: string[]; until: number }>();
  return {
    async secretsFor(endpointId) {
      const hit = cache.get(endpointId);
      if (hit && hit.until > now().getTime()) return hit.secrets;
      const secrets = await source.secretsFor(endpointId);
      cache.set(endpointId, { secrets, until: now().getTime() + seconds * 1000 });
      return secrets;
    },
  };
};
