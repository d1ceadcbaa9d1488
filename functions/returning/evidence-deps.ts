import type { AttachToReferenceDeps } from '../files/attach-to-reference.ts';

/**
 * What evidence from the way back in needs besides the case (issue 22): the bucket, the record's
 * files and the key tickets are signed with. Kept apart so the actions' seam (actions.ts) names it
 * without importing the use case.
 */
export interface ReturnEvidenceDeps extends Omit<AttachToReferenceDeps, 'settings'> {
  /** The key tickets are signed with (the service's hash key). */
  hashKey: Buffer;
}
