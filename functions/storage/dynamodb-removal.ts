import { eraseSubmission, findConfirmationClaims, findGuardKeys } from './erase-submission.ts';
import type { Erased, SubmissionRemoval } from './submission-store.ts';
import { sweepExpired } from './sweep-expired.ts';
import { TableAdapter } from './table-adapter.ts';

/** Erasure and the TTL sweep on DynamoDB (AWS or DynamoDB Local), for the tools that remove things. */
export class DynamoSubmissionRemoval extends TableAdapter implements SubmissionRemoval {
  findGuardKeys(reference: string): Promise<string[]> {
    return findGuardKeys(this.client, this.tableName, reference);
  }

  findConfirmationClaims(reference: string): Promise<string[]> {
    return findConfirmationClaims(this.client, this.tableName, reference);
  }

  erase(
    reference: string,
    guardKeys: readonly string[],
    claimHashes: readonly string[] = [],
  ): Promise<Erased> {
    return eraseSubmission(this.client, this.tableName, reference, guardKeys, claimHashes);
  }

  sweepExpired(now: Date): Promise<number> {
    return sweepExpired(this.client, this.tableName, now);
  }
}
