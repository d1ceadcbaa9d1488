import type { ServiceConfig } from '../config/schema.ts';
import { eraseFiles } from '../files/erase-files.ts';
import type { FileStore } from '../files/file-store.ts';
import type { FormDefinition } from '../forms/types.ts';
import { confirmationAddressHash } from '../notify/confirmation-gate.ts';
import { currentAnswers } from '../returning/current-answers.ts';
import type { StaffMember, StaffStore } from '../storage/staff-store.ts';
import type { Erased, SubmissionRemoval } from '../storage/submission-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { recordAudit } from './audit.ts';

/** What erasing removes besides the record: its duplicate-guard items and its confirmation claims. */
export interface ErasureKeys {
  guardKeys: readonly string[];
  /** Address hashes of the confirmation claims (CONFIRM#…) this submission may hold. */
  claimHashes: readonly string[];
  /** Issue 22: the record's evidence file ids, so uploads still in staging go too. */
  uploadIds?: readonly string[];
}

/** The audit entry could not be written, so nothing was erased. */
export class ErasureNotRecorded extends Error {
  override name = 'ErasureNotRecorded';
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super('The erasure could not be recorded in the audit trail, so nothing was erased.');
    this.cause = cause;
  }
}

/**
 * The claim a confirmation to this record's address would have taken, worked out as the notifier
 * does (the form's own rule for the address, and the same keyed hash), so it can be removed too.
 */
export const confirmationClaimOf = (
  form: FormDefinition,
  record: Pick<SubmissionRecord, 'answers' | 'additions'>,
  hashKey: Buffer,
): string[] => {
  // The address as sent and, after a change of safe contact, the one the Case Review notice went to.
  const addresses = [record.answers, currentAnswers(form, record)].map((a) =>
    form.contact?.confirmationEmail(a),
  );
  return [...new Set(addresses.flatMap((a) => (a ? [confirmationAddressHash(hashKey, a)] : [])))];
};

/**
 * Erasure, for the workspace and the operator tools alike: the audit entry first (who, which,
 * when; never answers), then the guard items, the confirmation claim and the record. If the entry
 * cannot be written nothing is deleted; an entry for an erasure that then fails is put right by
 * erasing again (another entry), while an erasure nobody recorded could not be.
 */
export const eraseAudited = async (
  deps: {
    staff: StaffStore;
    removal: Pick<SubmissionRemoval, 'erase'>;
    config: ServiceConfig;
    now: Date;
    /** The evidence bucket (issue 22): every copy of the files goes before the record that names them. */
    files?: Pick<FileStore, 'removeAll'> | undefined;
  },
  actor: Pick<StaffMember, 'sub' | 'name'>,
  reference: string,
  keys: ErasureKeys,
  detail?: string,
): Promise<Erased> => {
  try {
    await recordAudit(deps.staff, deps.config, deps.now, actor, 'erased', {
      reference,
      ...(detail ? { detail } : {}),
    });
  } catch (error) {
    throw new ErasureNotRecorded(error);
  }
  if (deps.files) await eraseFiles(deps.files, reference, keys.uploadIds ?? []);
  return deps.removal.erase(reference, keys.guardKeys, keys.claimHashes);
};
