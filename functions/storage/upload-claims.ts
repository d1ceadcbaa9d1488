import { TABLE_SHAPE } from '../contract/service-contract.ts';
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

/** The claim items for a new record's files, kept as long as the record. */
export const claimItems = (record: SubmissionRecord) =>
  (record.files ?? []).map((file, index) => ({
    [PK.name]: claimKey(file.id),
    [KIND]: kinds.uploadClaim,
    [REFERENCE]: record.reference,
    uploadId: file.id,
    index,
    [TTL]: record.expiresAt,
  }));

/** Reads a claim item (from a Get or a stream image already unmarshalled). */
export const claimOf = (item: Record<string, unknown> | undefined): UploadClaim | undefined =>
  item?.[KIND] === kinds.uploadClaim
    ? { uploadId: String(item.uploadId), reference: String(item[REFERENCE]), index: Number(item.index) }
    : undefined;
