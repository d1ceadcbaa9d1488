import type { DynamoDBRecord } from 'aws-lambda';
import {
  AUDIT_ARCHIVE_PREFIX,
  passesAuditArchiveFilter,
  STAFF_TABLE_SHAPE,
} from '../contract/service-contract.ts';

/** One object for the archive bucket: where it goes and what it holds (JSON). */
export interface ArchiveObject {
  readonly key: string;
  readonly body: string;
}

/** What each kind of stream record is kept as, in the entry's own folder. */
const FILE_NAMES: Record<string, (eventId: string) => string> = {
  // The first writing of an entry: one name, so a replayed record lands on the same object.
  INSERT: () => 'written.json',
  // Anything after it is tampering or a mistake: each change is kept beside the original.
  MODIFY: (eventId) => `changed-${eventId}.json`,
  REMOVE: (eventId) => `removed-${eventId}.json`,
};

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/** An item's strings and numbers as plain JSON, for reading; anything else as DynamoDB wrote it. */
const readable = (image: Image): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(image).map(([name, value]) => {
      if (value.S !== undefined) return [name, value.S];
      if (value.N !== undefined) return [name, Number(value.N)];
      return [name, value];
    }),
  );

const { partitionKey, sortKey } = STAFF_TABLE_SHAPE;

/**
 * The archive's copy of one audit stream record (the use case of functions/handlers/audit-archive.ts):
 * entries/{pk}/{sk}/written.json for a new entry, or changed-{event id}.json / removed-{event id}.json
 * beside it when the entry was later written over or deleted. The body keeps the stream's own
 * record (event, id, time, sequence number, the item exactly as DynamoDB streamed it) and the entry
 * as plain JSON. The same record always gives the same object. Undefined for a record the archive
 * does not take (AUDIT_ARCHIVE_FILTER).
 */
export const archiveObjectFor = (record: DynamoDBRecord): ArchiveObject | undefined => {
  if (!passesAuditArchiveFilter(record)) return undefined;
  const stream = record.dynamodb ?? {};
  const pk = stream.Keys?.[partitionKey.name]?.S;
  const sk = stream.Keys?.[sortKey.name]?.S;
  const fileName = record.eventName ? FILE_NAMES[record.eventName] : undefined;
  if (!pk || !sk || !fileName || !record.eventID) return undefined;
  const streamedAt = stream.ApproximateCreationDateTime;
  const body = {
    event: record.eventName,
    eventId: record.eventID,
    streamedAt: streamedAt === undefined ? undefined : new Date(streamedAt * 1000).toISOString(),
    sequenceNumber: stream.SequenceNumber,
    keys: { [partitionKey.name]: pk, [sortKey.name]: sk },
    entry: stream.NewImage ? readable(stream.NewImage) : undefined,
    image: stream.NewImage,
  };
  return {
    key: `${AUDIT_ARCHIVE_PREFIX}${pk}/${sk}/${fileName(record.eventID)}`,
    body: `${JSON.stringify(body, null, 2)}\n`,
  };
};
