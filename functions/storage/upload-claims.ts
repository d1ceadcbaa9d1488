import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { StoredFile } from '../files/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  referenceAttribute: REFERENCE,
  timeToLiveAttribute: TTL,
} = TABLE_SHAPE;

/** An upload already attached to another submission: nothing of this one is stored. */
export class UploadTaken extends Error {
  override name = 'UploadTaken';
  constructor() {
    super('An upload in this submission was already claimed by another');
  }
}

export const claimKey = (uploadId: string) => `${TABLE_SHAPE.uploadClaimPrefix}${uploadId}`;

/** What a claim says: whose upload it is, and where it stands in that record's `files`. */
export interface UploadClaim {
  uploadId: string;
  reference: string;
  index: number;
}

/**
 * The claim items for a record's files, kept as long as the record; `files` from `first` on in
 * its list (a new record's all; those appended to one already stored, after the ones it held).
 */
export const claimItems = (
  record: Pick<SubmissionRecord, 'reference' | 'expiresAt'>,
  files: readonly Pick<StoredFile, 'id'>[],
  first = 0,
) =>
  files.map((file, i) => ({
    [PK.name]: claimKey(file.id),
    [KIND]: kinds.uploadClaim,
    [REFERENCE]: record.reference,
    uploadId: file.id,
    index: first + i,
    [TTL]: record.expiresAt,
  }));

/** Reads a claim item (from a Get or a stream image already unmarshalled). */
export const claimOf = (item: Record<string, unknown> | undefined): UploadClaim | undefined =>
  item?.[KIND] === kinds.uploadClaim
    ? { uploadId: String(item.uploadId), reference: String(item[REFERENCE]), index: Number(item.index) }
    : undefined;
