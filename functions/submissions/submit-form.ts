import { verifiedCaseLink } from '../case-review/case-link.ts';
import type { ServiceConfig } from '../config/schema.ts';
import type { FileStore } from '../files/file-store.ts';
import { fileError, formFiles } from '../files/form-files.ts';
import { META_FIELDS } from '../forms/meta-fields.ts';
import type { RawFields } from '../forms/normalise.ts';
import type { FormDefinition } from '../forms/types.ts';
import { labelsFor } from '../forms/urgency.ts';
import { type FieldError, validateAnswers } from '../forms/validate.ts';
import { newReturnCode, returnCodeHash } from '../returning/return-code.ts';
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
  /**
   * Gives a repeated submission (a retry after a lost answer) a fresh return code, since the first
   * was never shown: without it a repeat gets none (issue 21).
   */
  returnCodes?: { replace(reference: string, codeHash: string): Promise<void> };
  /** The evidence bucket (issue 22); without it a form's file answers are refused. */
  files?: FileStore | undefined;
}

export type SubmitOutcome =
  /**
   * Stored; `suspected` when it looked like a bot's, and is kept apart from the team's work;
   * `urgent` when it has any urgent marker (a suspected urgent one alarms at once).
   */
  | {
      kind: 'accepted';
      reference: string;
      duplicate: boolean;
      suspected?: SuspectedBecause;
      urgent: boolean;
      /** The way back in (forms with `returning` only): shown once, stored only as a keyed hash. */
      returnCode?: string;
    }
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
  // A bot is answered exactly as a person, so a suspected submission gets a code too.
  const returnCode = form.returning ? newReturnCode() : undefined;
  // Evidence: the uploads the answers name, looked at and attached (claimed with the record, below).
  const attached = await formFiles(form, validation.answers, { ...deps, settings: deps.config.files });
  if (!attached.ok) return { kind: 'invalid', errors: attached.errors };
  const { answers, files } = attached;
  // An application pre-filled from a case at /return/ records that case (never a reference merely typed).
  const fromCase = verifiedCaseLink(deps.hashKey, fields[META_FIELDS.caseLink], now);
  let saved: Awaited<ReturnType<SubmitDeps['store']['saveNew']>>;
  try {
    saved = await deps.store.saveNew(
      form.id,
      idempotencyKeyFor(fields, validation.answers, browser, deps.hashKey),
      () => {
        const record = {
          ...buildRecord(form, deps.config, answers, newReference(form.referencePrefix), now, suspected),
          ...(files.length > 0 ? { files } : {}),
          ...(fromCase ? { fromCase } : {}),
        };
        return returnCode
          ? { ...record, returnCodeHash: returnCodeHash(deps.hashKey, record.reference, returnCode) }
          : record;
      },
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
  const shown = await codeToShow(deps, saved, returnCode);
  return {
    kind: 'accepted',
    ...saved,
    ...(suspected ? { suspected } : {}),
    urgent,
    ...(shown ? { returnCode: shown } : {}),
  };
};

/** The new code, or for a repeat a fresh one replacing the first (never shown); none without the means. */
const codeToShow = async (
  deps: SubmitDeps,
  saved: { reference: string; duplicate: boolean },
  code: string | undefined,
): Promise<string | undefined> => {
  if (!code || !saved.duplicate) return code;
  if (!deps.returnCodes) return undefined;
  await deps.returnCodes.replace(saved.reference, returnCodeHash(deps.hashKey, saved.reference, code));
  return code;
};
