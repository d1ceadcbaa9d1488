/**
 * Part of the service contract (service-contract.ts): how long the audit trail is kept, and how
 * its entries reach the locked archive (infra/constructs/audit-archive.ts, functions/audit-archive/).
 */

import type { DeliveryPolicy } from './stream.ts';
import { STAFF_TABLE_SHAPE } from './tables.ts';

/** What the period is computed from (a ServiceConfig has both). */
export interface AuditPeriodConfig {
  readonly forms: Readonly<Record<string, { readonly retentionDays: number }>>;
  readonly staff: { readonly auditExtraDays: number };
}

/**
 * The audit period in days: the longest form retention plus staff.auditExtraDays, so an entry
 * outlives every record it names. The staff table's entries expire after it (counted from when each
 * is written), the archive's objects are locked for it and the data-event trail keeps its logs for it.
 */
export const auditPeriodDays = (config: AuditPeriodConfig): number =>
  Math.max(...Object.values(config.forms).map((f) => f.retentionDays)) + config.staff.auditExtraDays;

/**
 * Which stream records the archive takes: audit entries written (INSERT) or written over (MODIFY:
 * a PutItem or UpdateItem over an existing entry, which the staff function's code never does), and
 * entries deleted by anyone but DynamoDB's own expiry (REMOVE without a userIdentity: TTL deletions
 * carry one, at the end of the audit period). Sessions, sign-ins and the rest never reach it.
 */
export const AUDIT_ARCHIVE_FILTER = {
  writtenEvents: ['INSERT', 'MODIFY'],
  removedEvent: 'REMOVE',
  keyAttribute: STAFF_TABLE_SHAPE.partitionKey.name,
  keyPrefix: STAFF_TABLE_SHAPE.auditPrefix,
} as const;

/** A stream record as both Lambda's event and the SDK's stream client describe it. */
interface StreamRecordLike {
  eventName?: string | undefined;
  userIdentity?: unknown;
  dynamodb?: { Keys?: Record<string, { S?: string | undefined } | undefined> | undefined } | undefined;
}

/** True when a stream record passes AUDIT_ARCHIVE_FILTER (the event source filters do the same on AWS). */
export const passesAuditArchiveFilter = (record: StreamRecordLike): boolean => {
  const { writtenEvents, removedEvent, keyAttribute, keyPrefix } = AUDIT_ARCHIVE_FILTER;
  if (!record.dynamodb?.Keys?.[keyAttribute]?.S?.startsWith(keyPrefix)) return false;
  if ((writtenEvents as readonly (string | undefined)[]).includes(record.eventName)) return true;
  return record.eventName === removedEvent && record.userIdentity === undefined;
};

/**
 * How stream records reach the archive. A record the archive could not store is retried (a failing
 * batch is halved until the record is alone) for as long as the stream keeps it (24 hours): an
 * entry not archived is evidence missing, so the archive waits out an S3 outage rather than give
 * up. Only then is the record described (shard and sequence numbers, no contents) in a failure
 * queue, which alarms; the entry itself is still in the table and in the data-event trail.
 */
export const AUDIT_ARCHIVE_DELIVERY = {
  batchSize: 25,
  retryAttempts: 10_000,
  maxRecordAgeSeconds: 24 * 60 * 60,
  bisectBatchOnError: true,
  startingPosition: 'TRIM_HORIZON',
} as const satisfies DeliveryPolicy;

/**
 * The archive bucket's layout: every object under this prefix (the archive function may write
 * there and nowhere else), one folder per entry, entries/{pk}/{sk}/. See functions/audit-archive/.
 */
export const AUDIT_ARCHIVE_PREFIX = 'entries/';

/** Minutes an audit entry may wait for the archive before AuditArchiveBacklog alarms. */
export const AUDIT_ARCHIVE_BACKLOG_MINUTES = 15;

/**
 * The `message` of the archive function's log line for each record it keeps: an entry changed or
 * deleted after it was written is counted, and one is enough to alarm (AuditEntryChanged).
 */
export const AUDIT_ARCHIVE_LOG = {
  written: 'audit entry archived',
  changed: 'audit entry changed or deleted',
} as const;
