import type { ServiceConfig } from '../config/schema.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import type { SuppressionList } from '../email/suppression-list.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { ReturnAccessStore } from '../storage/return-access-store.ts';
import type { StaffStore } from '../storage/staff-store.ts';
import type { Clock } from '../time/clock.ts';
import type { ReturningStore } from './actions.ts';
import type { ReturnEvidenceDeps } from './evidence-deps.ts';

/** Sending the link: the two go together, so no link is ever sent without the suppression check. */
export interface LinkEmailDeps {
  notifier: Notifier;
  suppression: SuppressionList;
}

/** What the way back in needs: the Lambda, the twin and the tests give it the same things. */
export interface ReturnAccessDeps {
  config: ServiceConfig;
  /** Sessions, wrong-code counts and the case without its answers (the submissions table). */
  access: ReturnAccessStore;
  /** What the actions read and write (RETURN_ACTIONS): the case, and appending to it. */
  cases: ReturningStore;
  /** Every attempt is written to the staff table's audit trail. */
  audit: Pick<StaffStore, 'audit'>;
  /** HASH_KEY: the code's keyed hash, and the address's for its count of wrong codes. */
  hashKey: Buffer;
  now: Clock;
  /** Waits before a wrong code is answered (RETURN_LIMITS.failureDelayMs on AWS and the twin). */
  pause: (ms: number) => Promise<void>;
  /** The forms by id (the registry's findForm unless a test gives its own). */
  forms?: (formId: string) => FormDefinition | undefined;
  /** Evidence from the way back in (issue 22): the bucket and the record's files, where there are files. */
  evidence?: ReturnEvidenceDeps | undefined;
  /**
   * Issue 21: sends the one-time sign-in link (SES v2; the twin's emulator), never to an address on
   * SES's suppression list (the port the confirmation's gate uses). Without it, the sign-in page
   * offers no link and its addresses are not there.
   */
  linkEmail?: LinkEmailDeps | undefined;
  /** The secret CloudFront sends in x-origin-verify (deployed only). */
  originSecret?: string | undefined;
}

/** Who the audit trail names for every attempt: never the code, nor anything typed but the reference. */
export const RETURNING_ACTOR = { sub: 'person-returning', name: 'the person, coming back' } as const;
