import { describe, expect, it } from 'vitest';
import rawConfig from '../../../config/service.json' with { type: 'json' };
import { archiveObjectFor } from '../../../functions/audit-archive/archive-object.ts';
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { auditPeriodDays, passesAuditArchiveFilter } from '../../../functions/contract/service-contract.ts';
import { auditExpiry } from '../../../functions/staff/audit.ts';
import { auditImage, streamRecord, TTL_IDENTITY } from '../../support/audit-stream-records.ts';

const FOLDER = 'entries/AUDIT#RJ-7K2M-4Q9P/2026-12-03T10:15:00.000Z#0b6f6c1e-5d0a-4a53-9d36-1f1f5b0f3c2a';

describe('the archive copy of an audit stream record', () => {
  it('keeps a new entry at one key in its own folder, with the stream record and the entry in plain JSON', () => {
    const object = archiveObjectFor(streamRecord('INSERT', auditImage()));
    expect(object?.key).toBe(`${FOLDER}/written.json`);
    expect(JSON.parse(object?.body ?? '')).toEqual({
      event: 'INSERT',
      eventId: 'insert-0f3c2a',
      streamedAt: '2026-12-03T10:15:00.000Z',
      sequenceNumber: '4421584500000000017450439091',
      keys: {
        pk: 'AUDIT#RJ-7K2M-4Q9P',
        sk: '2026-12-03T10:15:00.000Z#0b6f6c1e-5d0a-4a53-9d36-1f1f5b0f3c2a',
      },
      entry: {
        pk: 'AUDIT#RJ-7K2M-4Q9P',
        sk: '2026-12-03T10:15:00.000Z#0b6f6c1e-5d0a-4a53-9d36-1f1f5b0f3c2a',
        action: 'viewed',
        actor: 'sub-alex',
        actorName: 'Alex Carter',
        at: '2026-12-03T10:15:00.000Z',
        reference: 'RJ-7K2M-4Q9P',
        expiresAt: 2034000000,
      },
      image: auditImage(),
    });
  });

  it('gives a replayed record the same object, so the archive keeps it once', () => {
    const record = streamRecord('INSERT', auditImage());
    expect(archiveObjectFor(structuredClone(record))).toEqual(archiveObjectFor(record));
  });

  it('keeps an entry written over beside the original, under the event id: the first stays as it was', () => {
    const original = archiveObjectFor(streamRecord('INSERT', auditImage()));
    const changed = archiveObjectFor(
      streamRecord('MODIFY', auditImage({ actor: 'sub-someone-else' }), { eventID: 'e-42' }),
    );
    expect(changed?.key).toBe(`${FOLDER}/changed-e-42.json`);
    expect(changed?.key).not.toBe(original?.key);
    expect(JSON.parse(changed?.body ?? '').entry.actor).toBe('sub-someone-else');
  });

  it('keeps a deletion by anyone but the expiry sweep, with the keys it removed', () => {
    const removed = archiveObjectFor(streamRecord('REMOVE', auditImage(), { eventID: 'e-43' }));
    expect(removed?.key).toBe(`${FOLDER}/removed-e-43.json`);
    expect(JSON.parse(removed?.body ?? '')).toMatchObject({
      event: 'REMOVE',
      keys: { pk: 'AUDIT#RJ-7K2M-4Q9P' },
    });
    expect(JSON.parse(removed?.body ?? '').entry).toBeUndefined();
  });

  it('leaves out what is not an audit entry, and the expiry of one at the end of its period', () => {
    const session = { pk: { S: 'SESSION#abc' }, sk: { S: 'SESSION' }, csrfToken: { S: 'x' } };
    expect(archiveObjectFor(streamRecord('INSERT', session))).toBeUndefined();
    expect(
      archiveObjectFor(streamRecord('MODIFY', { pk: { S: 'OPENED#RJ-1' }, sk: { S: 'OPENED' } })),
    ).toBeUndefined();
    expect(
      archiveObjectFor(streamRecord('REMOVE', auditImage(), { userIdentity: TTL_IDENTITY })),
    ).toBeUndefined();
  });

  it('takes exactly the records the event source filters pass', () => {
    const records = [
      streamRecord('INSERT', auditImage()),
      streamRecord('MODIFY', auditImage()),
      streamRecord('REMOVE', auditImage()),
      streamRecord('REMOVE', auditImage(), { userIdentity: TTL_IDENTITY }),
      streamRecord('INSERT', { pk: { S: 'SIGNIN#s' }, sk: { S: 'SIGNIN' } }),
      streamRecord('INSERT', { pk: { S: 'TEAM#rj' }, sk: { S: 'MEMBER#a' } }),
    ];
    expect(records.map(passesAuditArchiveFilter)).toEqual([true, true, true, false, false, false]);
    expect(records.map((r) => archiveObjectFor(r) !== undefined)).toEqual(
      records.map(passesAuditArchiveFilter),
    );
  });
});

describe('the audit period, computed in one place', () => {
  const config = parseConfig(rawConfig);

  it('is the longest form retention plus the extra days', () => {
    expect(
      auditPeriodDays({
        forms: { a: { retentionDays: 30 }, b: { retentionDays: 1095 } },
        staff: { auditExtraDays: 365 },
      }),
    ).toBe(1460);
  });

  it('is what an audit entry in the staff table expires after', () => {
    const now = new Date('2026-12-03T10:15:00.000Z');
    expect(auditExpiry(config, now) - now.getTime() / 1000).toBe(auditPeriodDays(config) * 86_400);
  });
});
