import type { DynamoDBRecord } from 'aws-lambda';

/** An audit entry's item as the staff table's stream carries it (DynamoDB JSON). */
export const auditImage = (overrides: Record<string, string> = {}) => {
  const entry = {
    pk: 'AUDIT#RJ-7K2M-4Q9P',
    sk: '2026-12-03T10:15:00.000Z#0b6f6c1e-5d0a-4a53-9d36-1f1f5b0f3c2a',
    action: 'viewed',
    actor: 'sub-alex',
    actorName: 'Alex Carter',
    at: '2026-12-03T10:15:00.000Z',
    reference: 'RJ-7K2M-4Q9P',
    ...overrides,
  };
  return {
    ...Object.fromEntries(Object.entries(entry).map(([name, value]) => [name, { S: value }])),
    expiresAt: { N: '2034000000' },
  };
};

/** A stream record of the staff table, as Lambda hands it over (keys taken from the image). */
export const streamRecord = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  image: Record<string, { S?: string; N?: string }>,
  extra: Partial<DynamoDBRecord> = {},
): DynamoDBRecord => ({
  eventID: `${eventName.toLowerCase()}-${image.sk?.S?.slice(-6)}`,
  eventName,
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'eu-west-2',
  dynamodb: {
    ApproximateCreationDateTime: 1_796_292_900,
    Keys: { pk: { S: image.pk?.S as string }, sk: { S: image.sk?.S as string } },
    ...(eventName === 'REMOVE' ? {} : { NewImage: image as never }),
    SequenceNumber: '4421584500000000017450439091',
    SizeBytes: 312,
    StreamViewType: 'NEW_IMAGE',
  },
  ...extra,
});

/** How DynamoDB marks a deletion by its own time-to-live sweep. */
export const TTL_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };
