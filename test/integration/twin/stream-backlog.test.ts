import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { referenceOf } from '../../../local/batch-delivery.ts';
import { StreamBacklog } from '../../../local/stream-backlog.ts';

let sequence = 0;
const change = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  reference: string,
  image: Record<string, AttributeValue> = {},
): DynamoDBRecord => ({
  eventName,
  dynamodb: {
    SequenceNumber: String(++sequence),
    Keys: { pk: { S: reference } },
    ...(eventName === 'REMOVE' ? {} : { NewImage: { pk: { S: reference }, ...image } }),
  },
});
const submission = { kind: { S: 'submission' } };
const teamSent = { teamNotifiedAt: { S: '2026-11-28T10:00:00Z' } };
const due = { confirmationDue: { BOOL: true } };
const confirmed = { confirmationSentAt: { S: '2026-11-28T10:00:01Z' } };

describe('catching up on a stream with no saved position', () => {
  it('owes only the submissions whose latest image in the stream still lacks an email', () => {
    const backlog = new StreamBacklog();
    backlog.take([
      change('INSERT', 'ALL-SENT', { ...submission, ...due }),
      change('INSERT', 'GUARD#referral#x', { kind: { S: 'guard' }, reference: { S: 'ALL-SENT' } }),
      change('INSERT', 'TEAM-ONLY', { ...submission, ...due }),
      change('MODIFY', 'ALL-SENT', { ...submission, ...due, ...teamSent }),
      change('INSERT', 'NONE-DUE', submission),
      change('INSERT', 'NOTHING-SENT', submission),
    ]);
    // The next page: the rest of the story.
    backlog.take([
      change('MODIFY', 'ALL-SENT', { ...submission, ...due, ...teamSent, ...confirmed }),
      change('MODIFY', 'TEAM-ONLY', { ...submission, ...due, ...teamSent }),
      change('MODIFY', 'NONE-DUE', { ...submission, ...teamSent }),
      change('INSERT', 'ERASED', submission),
      change('REMOVE', 'ERASED'),
    ]);
    expect(backlog.drain().map(referenceOf)).toEqual(['TEAM-ONLY', 'NOTHING-SENT']);
    expect(backlog.read).toBe(5);
    expect(backlog.drain()).toEqual([]);
  });

  it('takes a record from before confirmationDue existed as owing no confirmation, as ops pending does', () => {
    const backlog = new StreamBacklog();
    backlog.take([change('INSERT', 'OLD', { ...submission, ...teamSent })]);
    expect(backlog.drain()).toEqual([]);
  });
});
