import type { ServiceConfig } from '../config/schema.ts';
import type { FileStore } from '../files/file-store.ts';
import { fileError, formFiles } from '../files/form-files.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { FormDefinition } from '../forms/types.ts';
import { labelsFor } from '../forms/urgency.ts';
import { type FieldError, validateAnswers } from '../forms/validate.ts';
import { findTokensOf } from '../search/tokens.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { UploadTaken } from '../storage/upload-claims.ts';
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
  /** The evidence bucket (issue 22); without it a form's file answers are refused. */
  files?: FileStore | undefined;
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
  // Evidence: the uploads the answers name, looked at and attached (claimed with the record, below).
  const attached = await formFiles(form, validation.answers, { ...deps, settings: deps.config.files });
  if (!attached.ok) return { kind: 'invalid', errors: attached.errors };
  const { answers, files } = attached;
  let saved: Awaited<ReturnType<SubmitDeps['store']['saveNew']>>;
  try {
    saved = await deps.store.saveNew(
      form.id,
      idempotencyKeyFor(fields, validation.answers, browser, deps.hashKey),
      () => ({
        ...buildRecord(form, deps.config, answers, newReference(form.referencePrefix), now, suspected),
        ...(files.length > 0 ? { files } : {}),
      }),
      // A suspected one is not the team's to find until an operator releases it (ops backfill-search).
      (record) => (suspected ? [] : findTokensOf(form, record.team, record.answers, deps.hashKey)),
    );
  } catch (error) {
    if (!(error instanceof UploadTaken)) throw error;
    // Another submission sent one of these uploads first: nothing of this one is stored.
    const field = Object.keys(validation.answers).find((id) => !(id in answers)) ?? '';
    return {
      kind: 'invalid',
      errors: [fileError(form, field, 'notUploaded', { maxFiles: deps.config.files.maxFiles })],
    };
  }
  const urgent = labelsFor(form.urgency, validation.answers).length > 0;
  return { kind: 'accepted', ...saved, ...(suspected ? { suspected } : {}), urgent };
};
