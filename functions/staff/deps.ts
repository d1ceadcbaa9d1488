import type { ServiceConfig } from '../config/schema.ts';
import type { FileStore } from '../files/file-store.ts';
import type { InboxSource } from '../storage/inbox-source.ts';
import type { StaffStore } from '../storage/staff-store.ts';
import type { SubmissionRemoval, SubmissionStore } from '../storage/submission-store.ts';
import type { WebhookLog } from '../storage/webhook-log.ts';
import type { OpenId } from './auth/openid.ts';

/** What the workspace needs, given by the Lambda entry point, the local twin or a test. */
export interface StaffDeps {
  config: ServiceConfig;
  submissions: Pick<
    SubmissionStore,
    | 'get'
    | 'queryByForm'
    | 'writeProgress'
    | 'appendTimeline'
    | 'erasedTallies'
    | 'findCases'
    | 'setFollowUp'
    | 'byLookup'
    // Slice 23-case-review: an application entered for the person, and the letters sent.
    | 'saveNew'
    | 'appendLetter'
  >;
  /** Erasure, for admins: finding the duplicate guard (a Scan of key attributes only) and removing. */
  removal: Pick<SubmissionRemoval, 'erase' | 'findGuardKeys'>;
  /** The inbox's list and counts (Query on the by-team index only). */
  inbox: InboxSource;
  staff: StaffStore;
  openId: OpenId;
  now: () => Date;
  /** The hash key (HASH_KEY), so erasing removes the confirmation claim kept under the address's keyed hash. */
  hashKey: Buffer;
  /** Webhook deliveries and switched-off endpoints (issue 24), for the admins' page; absent: none shown. */
  webhookLog?: Pick<WebhookLog, 'recent' | 'offSince'>;
  /** The secret CloudFront sends (see functions/http/origin-check.ts); absent locally. */
  originSecret?: string | undefined;
  /** Evidence files (issue 22): 5-minute download links, and erasure of every copy. */
  files?: Pick<FileStore, 'presignDownload' | 'removeAll'> | undefined;
}
