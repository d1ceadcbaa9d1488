import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { eventIdOf, eventOf } from '../../../functions/webhooks/events.ts';

const now = () => new Date('2026-12-07T09:00:00Z');

const submission = (extra: Record<string, unknown> = {}) => ({
  pk: 'NR-7KQM-4XPD',
  kind: 'submission',
  reference: 'NR-7KQM-4XPD',
  formId: 'nuisance',
  team: 'community-safety',
  createdAt: '2026-12-01T10:00:00.000Z',
  urgent: ['Threats or intimidation'],
  markers: ['Under 18'],
  answers: { name: 'Sam Smith', whatHappened: 'Shouting at night', email: 'sam@example.com' },
  ...extra,
});

const record = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  images: { before?: object; after?: object },
): DynamoDBRecord => ({
  eventID: 'stream-event-1',
  eventName,
  dynamodb: {
    ApproximateCreationDateTime: Date.parse('2026-12-07T08:30:00Z') / 1000,
    ...(images.before ? { OldImage: marshall(images.before, { removeUndefinedValues: true }) as never } : {}),
    ...(images.after ? { NewImage: marshall(images.after, { removeUndefinedValues: true }) as never } : {}),
  },
});

const addition = (kind: string, urgent: string[] = []) => ({
  id: `a-${kind}`,
  kind,
  at: '2026-12-07T08:30:00.000Z',
  answers: { whatHappened: 'They came back and shouted', phone: '07700 900123' },
  urgent,
  language: 'en',
});

describe('webhook events from the stream', () => {
  it('a new submission is received, with its reference, form, team and urgent labels only', () => {
    const event = eventOf(record('INSERT', { after: submission() }), now);
    expect(event).toEqual({
      id: eventIdOf('stream-event-1', 'submission.received'),
      type: 'submission.received',
      timestamp: '2026-12-07T08:30:00.000Z',
      data: {
        form: 'nuisance',
        team: 'community-safety',
        reference: 'NR-7KQM-4XPD',
        urgent: ['Threats or intimidation'],
      },
    });
  });

  it('carries no answer, name, address or marker that is not urgent', () => {
    const records = [
      record('INSERT', { after: submission() }),
      record('MODIFY', {
        before: submission(),
        after: submission({
          additions: [addition('incident', ['Threats or intimidation']), addition('contact')],
        }),
      }),
      record('REMOVE', { before: submission() }),
    ];
    for (const r of records) {
      const text = JSON.stringify(eventOf(r, now));
      for (const personal of [
        'Sam',
        'Shouting',
        'sam@example.com',
        'shouted',
        '07700',
        'Under 18',
        'answers',
      ]) {
        expect(text).not.toContain(personal);
      }
    }
  });

  it('an addition, a change of safe contact, a withdrawal and a step are updates saying which', () => {
    const event = eventOf(
      record('MODIFY', {
        before: submission({ additions: [addition('update')] }),
        after: submission({
          additions: [
            addition('update'),
            addition('incident', ['Hate-related']),
            addition('contact'),
            addition('withdrawal'),
          ],
          steps: [{ id: 's1', step: 'first-contact', on: '2026-12-07', by: 'sub-1', recordedAt: 'x' }],
        }),
      }),
      now,
    );
    expect(event?.type).toBe('submission.updated');
    expect(event?.data.changes).toEqual(['addition', 'contact', 'withdrawal', 'step']);
    expect(event?.data.urgent).toEqual(['Threats or intimidation', 'Hate-related']);
  });

  it("the notifier's own bookkeeping (emails sent, claims) is no event", () => {
    const r = record('MODIFY', {
      before: submission(),
      after: submission({ teamNotifiedAt: '2026-12-07T08:31:00Z', sendingClaimedUntil: 'x' }),
    });
    expect(eventOf(r, now)).toBeUndefined();
  });

  it('a removal is erased; a suspected one released is received; suspected and guards are nothing', () => {
    expect(eventOf(record('REMOVE', { before: submission() }), now)?.type).toBe('submission.erased');
    const released = record('MODIFY', { before: submission({ kind: 'suspected' }), after: submission() });
    expect(eventOf(released, now)?.type).toBe('submission.received');
    expect(eventOf(record('INSERT', { after: submission({ kind: 'suspected' }) }), now)).toBeUndefined();
    expect(eventOf(record('INSERT', { after: { pk: 'GUARD#x', kind: 'guard' } }), now)).toBeUndefined();
    expect(eventOf(record('REMOVE', { before: submission({ kind: 'suspected' }) }), now)).toBeUndefined();
  });

  it('the same stream record always gives the same event id, and another record another', () => {
    const r = record('INSERT', { after: submission() });
    expect(eventOf(r, now)?.id).toBe(eventOf(r, now)?.id);
    expect(eventOf({ ...r, eventID: 'stream-event-2' }, now)?.id).not.toBe(eventOf(r, now)?.id);
  });
});
