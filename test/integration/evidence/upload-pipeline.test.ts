import { PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { marshall } from '@aws-sdk/util-dynamodb';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachToReference } from '../../../functions/files/attach-to-reference.ts';
import { fileKey, quarantineKey, stagingKey } from '../../../functions/files/object-keys.ts';
import { presignUpload } from '../../../functions/files/presign-upload.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { issueTicket } from '../../../functions/files/upload-ticket.ts';
import { DynamoFileAttachments } from '../../../functions/storage/append-files.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { EICAR } from '../../../local/scan-stand-in.ts';
import {
  EXE_START,
  evidenceStandIns,
  photoWithGps,
  postUpload,
  SMALL_PDF,
  withEvidence,
} from '../../support/evidence-stand-ins.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

let stands: Awaited<ReturnType<typeof evidenceStandIns>>;
const form = withEvidence('nuisance');

beforeAll(async () => {
  stands = await evidenceStandIns();
});
afterAll(() => stands?.stop());

const deps = () => ({
  config: stands.config,
  store: stands.table.store,
  now: () => new Date(),
  hashKey: TEST_HASH_KEY,
  files: stands.files,
});

/** Presigns, uploads and waits for the scan stand-in: the ticket a browser would hold. */
const uploaded = async (body: Buffer, formId = form.id) => {
  const offer = await presignUpload(formId, { ...deps(), settings: stands.config.files });
  expect(await postUpload(offer.upload, body)).toBe(204);
  await stands.scanner.settled();
  return offer.ticket;
};

const send = (tickets: string[], extra: Record<string, unknown> = {}) =>
  submitForm(form, { ...VALID_ANSWERS.nuisance, evidence: tickets, ...extra }, deps());

/** What the stream gives file processing for each new claim (the twin's poller and Lambda alike). */
const claimsArrive = (files: StoredFile[]) =>
  stands.processing.claims({
    Records: files.map((f, i) => ({
      eventID: `${i}`,
      eventName: 'INSERT',
      dynamodb: { NewImage: { kind: { S: 'upload-claim' }, uploadId: { S: f.id } } },
    })),
  });

const filesOf = async (reference: string) => (await stands.table.store.get(reference))?.files ?? [];

const accepted = async (tickets: string[]) => {
  const outcome = await send(tickets);
  if (outcome.kind !== 'accepted') throw new Error(`refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.reference;
};

describe('evidence: upload, attach, scan and process on the local stand-ins', () => {
  it('re-encodes a photo with GPS: no EXIF left, the taken-on time kept apart, the original’s SHA-256 recorded', async () => {
    const photo = await photoWithGps();
    expect(await exifr.gps(photo)).toBeDefined(); // It had a location to lose.
    const reference = await accepted([await uploaded(photo)]);
    const [claimed] = await filesOf(reference);
    expect(claimed).toMatchObject({ kind: 'photo', type: 'jpg', size: photo.length, status: 'checking' });
    await claimsArrive(await filesOf(reference));
    const [file] = await filesOf(reference);
    expect(file).toMatchObject({
      status: 'ready',
      takenAt: '2026-11-03T14:22:10',
      contentType: 'image/jpeg',
    });
    expect(file?.sha256).toBe((await import('node:crypto')).createHash('sha256').update(photo).digest('hex'));
    const kept = await stands.files.read(fileKey(reference, file?.id ?? ''));
    if (!kept) throw new Error('no processed copy');
    expect(await exifr.gps(kept)).toBeUndefined();
    expect(await exifr.parse(kept)).toBeUndefined();
    expect((await sharp(kept).metadata()).width).toBe(64);
    expect(await stands.files.size(stagingKey(file?.id ?? ''))).toBeUndefined(); // Staging emptied.
  });

  it('processes on whichever trigger comes second: a claim before the scan’s verdict waits for it', async () => {
    const ticket = await uploaded(SMALL_PDF); // Scanned, and unclaimed then: nothing done.
    const id = ticket.split('.')[0] ?? '';
    // As if the verdict had not come yet: the object without its tag.
    await stands.client.send(
      new PutObjectTaggingCommand({ Bucket: stands.s3.bucket, Key: stagingKey(id), Tagging: { TagSet: [] } }),
    );
    const reference = await accepted([ticket]);
    await claimsArrive(await filesOf(reference));
    expect((await filesOf(reference))[0]?.status).toBe('checking');
    await stands.client.send(
      new PutObjectTaggingCommand({
        Bucket: stands.s3.bucket,
        Key: stagingKey(id),
        Tagging: { TagSet: [{ Key: stands.scanTag, Value: 'NO_THREATS_FOUND' }] },
      }),
    );
    const scanResult = (objectKey: string) =>
      stands.processing.scanned({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Malware Protection Object Scan Result',
        detail: { s3ObjectDetails: { objectKey } },
      });
    expect(await scanResult(stagingKey(id))).toBe('ready');
    expect((await filesOf(reference))[0]).toMatchObject({ status: 'ready', kind: 'document', type: 'pdf' });
    expect(await scanResult(stagingKey(id))).toBe('settled already');
    expect(await scanResult(fileKey(reference, id))).toBe('not an upload');
  });

  it('quarantines the EICAR test file: never under files/, the report still stored', async () => {
    const eicar = Buffer.concat([SMALL_PDF, Buffer.from(EICAR)]);
    const reference = await accepted([await uploaded(eicar)]);
    await claimsArrive(await filesOf(reference));
    const [file] = await filesOf(reference);
    expect(file?.status).toBe('threat');
    expect(await stands.files.size(fileKey(reference, file?.id ?? ''))).toBeUndefined();
    expect(await stands.files.size(quarantineKey(reference, file?.id ?? ''))).toBe(eicar.length);
  });

  it('refuses a renamed executable, an empty file and one over the limit at once, with GOV.UK wording, storing nothing', async () => {
    const before = (await stands.table.allItems()).length;
    const exe = await send([await uploaded(EXE_START)]);
    expect(exe).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'evidence', message: 'The selected file must be a JPG, PNG, PDF or an audio recording' },
      ],
    });
    const offer = await presignUpload(form.id, { ...deps(), settings: stands.config.files });
    // The local S3 does not enforce a POST policy's size range (S3 does): put the empty file directly.
    await stands.files.put(stagingKey(offer.ticket.split('.')[0] ?? ''), Buffer.alloc(0), 'image/jpeg');
    expect(await send([offer.ticket])).toMatchObject({ errors: [{ message: 'The selected file is empty' }] });
    const big = await photoWithGps();
    const small = { ...stands.config, files: { ...stands.config.files, photoMb: 1 } };
    const bigTicket = await uploaded(Buffer.concat([big, Buffer.alloc(1024 * 1024)]));
    expect(
      await submitForm(
        form,
        { ...VALID_ANSWERS.nuisance, evidence: [bigTicket] },
        { ...deps(), config: small },
      ),
    ).toMatchObject({
      errors: [{ field: 'evidence', message: 'The selected file must be smaller than 1MB' }],
    });
    expect((await stands.table.allItems()).length).toBe(before);
  });

  it('a second submission cannot claim another’s upload, and a forged or other form’s ticket is refused', async () => {
    const ticket = await uploaded(SMALL_PDF);
    await accepted([ticket]);
    const again = await send([ticket], { name: 'Someone else', pageToken: 'another-page' });
    expect(again).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'evidence', message: 'The selected file could not be uploaded – try again' }],
    });
    const [id] = ticket.split('.');
    const forged = issueTicket(Buffer.alloc(32, 1), id ?? '', form.id, new Date(Date.now() + 60_000));
    expect(await send([forged])).toMatchObject({ kind: 'invalid' });
    const otherForm = await uploaded(SMALL_PDF, 'referral');
    expect(await send([otherForm])).toMatchObject({ kind: 'invalid' });
    const expired = issueTicket(TEST_HASH_KEY, id ?? '', form.id, new Date(Date.now() - 1000));
    expect(await send([expired])).toMatchObject({ kind: 'invalid' });
  });

  it('refuses more files than the limit', async () => {
    const one = { ...stands.config, files: { ...stands.config.files, maxFiles: 1 } };
    const tickets = [await uploaded(SMALL_PDF), await uploaded(SMALL_PDF)];
    expect(
      await submitForm(form, { ...VALID_ANSWERS.nuisance, evidence: tickets }, { ...deps(), config: one }),
    ).toMatchObject({ errors: [{ field: 'evidence', message: 'You can only send up to 1 files' }] });
  });
});

describe('retention and erasure by other hands take the files too', () => {
  it('deletes every object of a submission removed from the table (expired by TTL, or erased by ops)', async () => {
    const photoTicket = await uploaded(await photoWithGps());
    const stagedTicket = await uploaded(SMALL_PDF);
    const reference = await accepted([photoTicket, stagedTicket]);
    const [first] = await filesOf(reference);
    await claimsArrive(first ? [first] : []); // The second stays in staging, claimed but not processed.
    const record = await stands.table.store.get(reference);
    const ids = (record?.files ?? []).map((f) => f.id);
    const naming = async () =>
      (await stands.files.list('')).filter(
        (key) => key.includes(reference) || ids.some((id) => key.includes(id)),
      );
    expect(await naming()).toHaveLength(2);
    await stands.processing.claims({
      Records: [
        {
          eventID: 'removed',
          eventName: 'REMOVE',
          dynamodb: { OldImage: marshall(record, { removeUndefinedValues: true }) as never },
        },
      ],
    });
    expect(await naming()).toEqual([]);
  });
});

describe('attaching uploads to a submission already sent (no-script path, the way back in)', () => {
  const attachDeps = () => ({
    files: stands.files,
    attachments: new DynamoFileAttachments(stands.table.documents, stands.table.tableName),
    settings: stands.config.files,
  });
  const idOf = (ticket: string) => ticket.split('.')[0] ?? '';

  it('appends checked files after those it holds, claims them, and processing takes them from there', async () => {
    const reference = await accepted([await uploaded(SMALL_PDF)]);
    const record = await stands.table.store.get(reference);
    if (!record) throw new Error('no record');
    const later = idOf(await uploaded(await photoWithGps()));
    const attached = await attachToReference(record, [later], attachDeps());
    expect(attached).toMatchObject({ ok: true });
    const files = await filesOf(reference);
    expect(files.map((f) => f.id)).toEqual([record.files?.[0]?.id, later]);
    await claimsArrive(files);
    expect((await filesOf(reference)).map((f) => f.status)).toEqual(['ready', 'ready']);
  });

  it('refuses a wrong type, another submission’s upload, too many, and a record changed meanwhile', async () => {
    const reference = await accepted([]);
    const record = await stands.table.store.get(reference);
    if (!record) throw new Error('no record');
    expect(await attachToReference(record, [idOf(await uploaded(EXE_START))], attachDeps())).toEqual({
      ok: false,
      problem: 'type',
    });
    const theirs = await uploaded(SMALL_PDF);
    await accepted([theirs]);
    expect(await attachToReference(record, [idOf(theirs)], attachDeps())).toEqual({
      ok: false,
      problem: 'notUploaded',
    });
    const one = { ...attachDeps(), settings: { ...stands.config.files, maxFiles: 1 } };
    const two = [idOf(await uploaded(SMALL_PDF)), idOf(await uploaded(SMALL_PDF))];
    expect(await attachToReference(record, two, one)).toEqual({ ok: false, problem: 'tooMany' });
    // Read before another attach landed: its count is stale, so nothing is written.
    expect(await attachToReference(record, [two[0] ?? ''], attachDeps())).toMatchObject({ ok: true });
    expect(await attachToReference(record, [two[1] ?? ''], attachDeps())).toEqual({
      ok: false,
      problem: 'gone',
    });
    expect((await filesOf(reference)).map((f) => f.id)).toEqual([two[0]]);
  });
});
