import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { archiveObjectFor } from '../audit-archive/archive-object.ts';
import { AUDIT_ARCHIVE_LOG } from '../contract/service-contract.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import type { AuditArchive } from '../storage/audit-archive-bucket.ts';

export interface AuditArchiveDeps {
  readonly archive: AuditArchive;
}

/**
 * The stream-fed archive of the audit trail: each audit entry written, written over or deleted is
 * kept as an object in the locked bucket (archiveObjectFor). Failures are reported per record
 * (batchItemFailures), so only failed records are retried. Logs name the stream event only: an
 * entry's actor is a member of staff.
 */
export const makeAuditArchiveHandler = (deps: AuditArchiveDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
    const object = archiveObjectFor(record);
    if (!object) return;
    const outcome = await deps.archive.keep(object);
    const details = { event: record.eventName, eventId: record.eventID, outcome };
    // A change or deletion of an entry is tampering or a mistake: counted, and it alarms.
    if (record.eventName === 'INSERT') logger.info(AUDIT_ARCHIVE_LOG.written, details);
    else logger.warn(AUDIT_ARCHIVE_LOG.changed, details);
  };
  const handler = withLogContext((event: DynamoDBStreamEvent) =>
    processPartialResponse(event, handleRecord, processor),
  );
  // Lambda always passes its context; tests may leave it out.
  return (event: DynamoDBStreamEvent, context: Context = localContext('audit-archive')) =>
    handler(event, context);
};
