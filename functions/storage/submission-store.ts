import type { SubmissionRecord } from '../submissions/record.ts';

export interface SaveResult {
  reference: string;
  /** True when the idempotency key was seen before: the earlier reference is returned, nothing new stored. */
  duplicate: boolean;
}

/** Identifies one attempt at a submission, so retries and double clicks store it once. */
export interface IdempotencyKey {
  /** A hash of the page's token, or of the answers when the page sent none. */
  hash: string;
  /** How long the key protects against repeats. */
  windowSeconds: number;
}

export type SentField = 'teamNotifiedAt' | 'confirmationSentAt';

/** Where submissions live. The DynamoDB adapter serves AWS and DynamoDB Local alike. */
export interface SubmissionStore {
  /** Stores a new submission durably, or returns the earlier reference for a repeated key. */
  saveNew(
    formId: string,
    key: IdempotencyKey,
    makeRecord: (attempt: number) => SubmissionRecord,
  ): Promise<SaveResult>;
  get(reference: string): Promise<SubmissionRecord | undefined>;
  /** Records that an email went out; a no-op if the record has been erased meanwhile. */
  markSent(reference: string, field: SentField, at: Date): Promise<void>;
}
