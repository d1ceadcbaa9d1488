import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeAuditArchiveHandler } from '../../../functions/handlers/audit-archive-app.ts';
import { S3AuditArchive } from '../../../functions/storage/audit-archive-bucket.ts';
import { auditImage, streamRecord, TTL_IDENTITY } from '../../support/audit-stream-records.ts';
import { type S3PutStandIn, startS3PutStandIn } from '../../support/s3-put-stand-in.ts';

const SECRET = 'archive-test-secret-access-key';
const CREDENTIALS = {
  accessKeyId: 'AKIAARCHIVETEST',
  secretAccessKey: SECRET,
  sessionToken: 'session-token',
};
const FOLDER = 'entries/AUDIT#RJ-7K2M-4Q9P/2026-12-03T10:15:00.000Z#0b6f6c1e-5d0a-4a53-9d36-1f1f5b0f3c2a';

let s3: S3PutStandIn;
let handler: ReturnType<typeof makeAuditArchiveHandler>;
beforeAll(async () => {
  s3 = await startS3PutStandIn('audit-archive', SECRET);
  handler = makeAuditArchiveHandler({ archive: archiveWith() });
});
afterAll(() => s3.stop());
beforeEach(() => {
  s3.objects.clear();
  s3.failing.clear();
});

const archiveWith = (credentials = CREDENTIALS) =>
  new S3AuditArchive({ bucket: s3.bucket, region: 'eu-west-2', credentials, endpoint: s3.endpoint });
const event = (...records: DynamoDBStreamEvent['Records']): DynamoDBStreamEvent => ({ Records: records });

describe('the audit archive function, against a strict S3 stand-in', () => {
  it('keeps each new audit entry once, signed as S3 checks, and skips everything else on the stream', async () => {
    const session = streamRecord('INSERT', { pk: { S: 'SESSION#abc' }, sk: { S: 'SESSION' } });
    const result = await handler(event(streamRecord('INSERT', auditImage()), session));
    expect(result).toEqual({ batchItemFailures: [] });
    expect([...s3.objects.keys()]).toEqual([`${FOLDER}/written.json`]);
    expect(JSON.parse(s3.objects.get(`${FOLDER}/written.json`) ?? '').entry).toMatchObject({
      action: 'viewed',
      actor: 'sub-alex',
    });
  });

  it('answers a replayed record as done, leaving the object as first written', async () => {
    const record = streamRecord('INSERT', auditImage());
    await handler(event(record));
    const first = s3.objects.get(`${FOLDER}/written.json`);
    const requests = s3.requests;
    expect(await handler(event(record))).toEqual({ batchItemFailures: [] });
    expect(s3.requests).toBe(requests + 1);
    expect(s3.objects.get(`${FOLDER}/written.json`)).toBe(first);
    expect(await archiveWith().keep({ key: `${FOLDER}/written.json`, body: '{}' })).toBe('already-archived');
  });

  it('keeps an entry written over, or deleted, beside the original: tampering leaves evidence', async () => {
    await handler(
      event(
        streamRecord('INSERT', auditImage()),
        streamRecord('MODIFY', auditImage({ actor: 'sub-someone-else' }), { eventID: 'e-42' }),
        streamRecord('REMOVE', auditImage(), { eventID: 'e-43' }),
        streamRecord('REMOVE', auditImage(), { eventID: 'e-44', userIdentity: TTL_IDENTITY }),
      ),
    );
    expect([...s3.objects.keys()].sort()).toEqual([
      `${FOLDER}/changed-e-42.json`,
      `${FOLDER}/removed-e-43.json`,
      `${FOLDER}/written.json`,
    ]);
    expect(JSON.parse(s3.objects.get(`${FOLDER}/written.json`) ?? '').entry.actor).toBe('sub-alex');
    expect(JSON.parse(s3.objects.get(`${FOLDER}/changed-e-42.json`) ?? '').entry.actor).toBe(
      'sub-someone-else',
    );
  });

  it('reports only the record S3 refused, so the stream retries it and not the rest', async () => {
    const other = auditImage({ sk: '2026-12-03T10:16:00.000Z#7d1c2b3a-0000-4000-8000-000000000001' });
    s3.failing.add(`${FOLDER}/written.json`);
    const refused = streamRecord('INSERT', auditImage());
    const result = await handler(event(refused, streamRecord('INSERT', other)));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '4421584500000000017450439091' }] });
    expect([...s3.objects.keys()]).toEqual([
      'entries/AUDIT#RJ-7K2M-4Q9P/2026-12-03T10:16:00.000Z#7d1c2b3a-0000-4000-8000-000000000001/written.json',
    ]);
  });

  it('fails with S3’s error code when the request is refused (here: signed with the wrong secret)', async () => {
    const wrong = archiveWith({ ...CREDENTIALS, secretAccessKey: 'not-the-secret' });
    await expect(wrong.keep({ key: `${FOLDER}/written.json`, body: '{}' })).rejects.toThrow(
      'The archive refused the entry: S3 answered 403 (SignatureDoesNotMatch)',
    );
    expect(s3.objects.size).toBe(0);
  });
});
