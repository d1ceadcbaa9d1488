import type { ServiceConfig } from '../config/schema.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { FormDefinition } from '../forms/types.ts';
import { labelsFor } from '../forms/urgency.ts';
import { type FieldError, validateAnswers } from '../forms/validate.ts';
import { findTokensOf } from '../search/tokens.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { londonDay } from '../time/london.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { buildRecord } from './record.ts';
import { newReference } from './reference.ts';
import { botSignal, type SuspectedBecause } from './spam.ts';

export interface SubmitDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'saveNew'>;
  now: () => Date;
  /** The key for the duplicate guard's hashes (HASH_KEY: a Secrets Manager secret on AWS). */
  hashKey: Buffer;
}

export type SubmitOutcome =
  /**
   * Stored; `suspected` when it looked like a bot's, and is kept apart from the team's work;
   * `urgent` when it has any urgent marker (a suspected urgent one alarms at once).
   */
  | { kind: 'accepted'; reference: string; duplicate: boolean; suspected?: SuspectedBecause; urgent: boolean }
  | { kind: 'invalid'; errors: FieldError[] };

/** The one use case behind the submit endpoint: check, validate, store durably, return the reference. */
export const submitForm = async (
  form: FormDefinition,
  fields: RawFields,
  deps: SubmitDeps,
  browser = '',
): Promise<SubmitOutcome> => {
  const now = deps.now();
  // A date answer is checked against the London day of the service's clock, not the machine's.
  const validation = validateAnswers(form, fields, londonDay(now));
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors };
  // Checked after the answers, so a person whose autofill filled the honeypot still sees their mistakes.
  const suspected = botSignal(fields, deps.config.spam.minFillSeconds);
  const saved = await deps.store.saveNew(
    form.id,
    idempotencyKeyFor(fields, validation.answers, browser, deps.hashKey),
    () =>
      buildRecord(form, deps.config, validation.answers, newReference(form.referencePrefix), now, suspected),
    // A suspected one is not the team's to find until an operator releases it (ops backfill-search).
    (record) => (suspected ? [] : findTokensOf(form, record.team, record.answers, deps.hashKey)),
  );
  const urgent = labelsFor(form.urgency, validation.answers).length > 0;
  return { kind: 'accepted', ...saved, ...(suspected ? { suspected } : {}), urgent };
};
