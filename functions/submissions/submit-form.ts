import type { ServiceConfig } from '../config/schema.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type FieldError, validateAnswers } from '../forms/validate.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { buildRecord } from './record.ts';
import { newReference } from './reference.ts';
import { looksLikeBot } from './spam.ts';

export interface SubmitDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'saveNew'>;
  now: () => Date;
  /** The key for the duplicate guard's hashes (HASH_KEY: a Secrets Manager secret on AWS). */
  hashKey: Buffer;
}

export type SubmitOutcome =
  | { kind: 'accepted'; reference: string; duplicate: boolean }
  | { kind: 'invalid'; errors: FieldError[] }
  /** A bot: it is shown a made-up reference, and nothing is stored or sent. */
  | { kind: 'spam'; reference: string };

/** The one use case behind the submit endpoint: check, validate, store durably, return the reference. */
export const submitForm = async (
  form: FormDefinition,
  fields: RawFields,
  deps: SubmitDeps,
  browser = '',
): Promise<SubmitOutcome> => {
  const now = deps.now();
  if (looksLikeBot(fields, deps.config.spam.minFillSeconds)) {
    return { kind: 'spam', reference: newReference(form.referencePrefix) };
  }
  const validation = validateAnswers(form, fields);
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors };
  const saved = await deps.store.saveNew(
    form.id,
    idempotencyKeyFor(fields, validation.answers, browser, deps.hashKey),
    () => buildRecord(form, deps.config, validation.answers, newReference(form.referencePrefix), now),
  );
  return { kind: 'accepted', ...saved };
};
