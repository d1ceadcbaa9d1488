import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presignUpload } from '../../../functions/files/presign-upload.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { EICAR } from '../../../local/scan-stand-in.ts';
import {
  evidenceStandIns,
  localFiles,
  photoWithGps,
  postUpload,
  SMALL_PDF,
  withEvidence,
} from '../../support/evidence-stand-ins.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessStaff, type TestMember } from '../staff/in-process-staff.ts';

let local: Awaited<ReturnType<typeof localFiles>>;
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let stands: Awaited<ReturnType<typeof evidenceStandIns>>;
let member: TestMember;
let outsider: TestMember;
let reference: string;
let photo: Buffer;
const form = withEvidence('nuisance');

const upload = async (body: Buffer) => {
  const offer = await presignUpload(form.id, {
    files: local.files,
    hashKey: TEST_HASH_KEY,
    settings: ws.config.files,
    now: () => new Date(),
  });
  expect(await postUpload(offer.upload, body)).toBe(204);
  await stands.scanner.settled();
  return offer.ticket;
};

beforeAll(async () => {
  local = await localFiles();
  ws = await inProcessStaff(undefined, { files: local.files });
  stands = await evidenceStandIns({ table: ws.table, local });
  [member, outsider] = await Promise.all([
    ws.signIn(['community-safety'], 'Casey Safety'),
    ws.signIn(['restorative-justice'], 'Robin RJ'),
  ]);
  photo = await photoWithGps();
  const tickets = [await upload(photo), await upload(Buffer.concat([SMALL_PDF, Buffer.from(EICAR)]))];
  const outcome = await submitForm(
    form,
    { ...VALID_ANSWERS.nuisance, evidence: tickets },
    {
      config: ws.config,
      store: ws.table.store,
      now: () => new Date(),
      hashKey: TEST_HASH_KEY,
      files: local.files,
    },
  );
  if (outcome.kind !== 'accepted') throw new Error(JSON.stringify(outcome));
  reference = outcome.reference;
  const record = await ws.table.store.get(reference);
  await stands.processing.claims({
    Records: (record?.files ?? []).map((f, i) => ({
      eventID: `${i}`,
      eventName: 'INSERT',
      dynamodb: { NewImage: { kind: { S: 'upload-claim' }, uploadId: { S: f.id } } },
    })),
  });
});
afterAll(async () => {
  await stands?.stop();
  ws?.destroy();
});

const fileIds = async () => ((await ws.table.store.get(reference))?.files ?? []).map((f) => f.id);

describe('the team gets evidence files the audited way', () => {
  it('lists each file with its kind, size, taken-on time and check, and links only the clean one', async () => {
    const page = await ws.request('GET', `/staff/submissions/${reference}`, { as: member });
    expect(page.statusCode).toBe(200);
    const body = String(page.body);
    expect(body).toContain('Files they sent');
    expect(body).toContain('Download file 1');
    expect(body).toContain('3 November 2026, 2:22pm by the camera’s clock');
    expect(body).toContain('Checked: no threats found');
    expect(body).toContain('Could not be accepted: the malware check found a threat');
    expect(body).not.toContain('Download file 2');
  });

  it('hands out a 5-minute link after recording who downloaded which file; the photo has no EXIF or GPS', async () => {
    const [photoId] = await fileIds();
    const answer = await ws.request('GET', `/staff/submissions/${reference}/files/${photoId}`, {
      as: member,
    });
    expect(answer.statusCode).toBe(303);
    expect(answer.headers['cache-control']).toBe('no-store');
    const link = new URL(answer.headers.location ?? '');
    expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(link.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="${reference}-file-1.jpg"`,
    );
    const downloaded = Buffer.from(await (await fetch(link)).arrayBuffer());
    expect(await exifr.gps(photo)).toBeDefined();
    expect(await exifr.gps(downloaded)).toBeUndefined();
    expect(await exifr.parse(downloaded)).toBeUndefined();
    const audit = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'file-downloaded');
    expect(audit).toMatchObject([{ actorName: 'Casey Safety', detail: 'File 1 (photo)' }]);
  });

  it('never hands out the quarantined file, and another team gets the same 404 as no case, audited', async () => {
    const [photoId, threatId] = await fileIds();
    expect(
      (await ws.request('GET', `/staff/submissions/${reference}/files/${threatId}`, { as: member }))
        .statusCode,
    ).toBe(404);
    expect(
      (await ws.request('GET', `/staff/submissions/${reference}/files/${photoId}`, { as: outsider }))
        .statusCode,
    ).toBe(404);
    const refused = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'refused');
    expect(refused.map((e) => e.detail)).toContain(
      'Asked to download an evidence file: another team’s (Anti-social Behaviour Team)',
    );
  });

  it('gives no link when the download cannot be recorded', async () => {
    const [photoId] = await fileIds();
    ws.failAudit(true);
    try {
      const answer = await ws.request('GET', `/staff/submissions/${reference}/files/${photoId}`, {
        as: member,
      });
      expect(answer.statusCode).toBe(500);
      expect(answer.headers.location).toBeUndefined();
    } finally {
      ws.failAudit(false);
    }
  });
});

describe('erasure takes every copy', () => {
  it('leaves no object and no item for an erased submission: clean, quarantined and still-staged files alike', async () => {
    const admin = await ws.signIn(['admins'], 'Alex Admin');
    // A second case whose file is claimed but not yet processed: its upload is still in staging.
    const staged = await upload(SMALL_PDF);
    const outcome = await submitForm(
      form,
      { ...VALID_ANSWERS.nuisance, evidence: [staged], name: 'Second' },
      {
        config: ws.config,
        store: ws.table.store,
        now: () => new Date(),
        hashKey: TEST_HASH_KEY,
        files: local.files,
      },
    );
    if (outcome.kind !== 'accepted') throw new Error(JSON.stringify(outcome));
    const second = outcome.reference;
    const ids = [...(await fileIds()), ...((await ws.table.store.get(second))?.files ?? []).map((f) => f.id)];
    const objectsNaming = async () =>
      (await local.files.list('')).filter(
        (key) => key.includes(reference) || key.includes(second) || ids.some((id) => key.includes(id)),
      );
    expect((await objectsNaming()).length).toBeGreaterThanOrEqual(3); // photo, quarantined file, staged upload
    for (const ref of [reference, second]) {
      const erased = await ws.post(`/staff/submissions/${ref}/erase`, admin, { confirm: ref });
      expect(erased.statusCode).toBe(200);
    }
    expect(await objectsNaming()).toEqual([]);
    const items = await ws.table.allItems();
    expect(
      items.filter(
        (item) => JSON.stringify(item).includes(reference) || JSON.stringify(item).includes(second),
      ),
    ).toEqual([]);
    expect(items.filter((item) => ids.some((id) => String(item.pk).includes(id)))).toEqual([]);
  });
});
