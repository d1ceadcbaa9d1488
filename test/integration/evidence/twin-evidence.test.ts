import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../../functions/contract/service-contract.ts';
import { fileKey } from '../../../functions/files/object-keys.ts';
import { EICAR } from '../../../local/scan-stand-in.ts';
import { EXE_START, photoWithGps, postUpload, SMALL_PDF } from '../../support/evidence-stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { referenceOf, type SpineTwin, spineConfig, startSpineTwin, waitFor } from '../spine/spine-twin.ts';

let twin: SpineTwin;
const sameSite = () => ({ origin: twin.url, 'sec-fetch-site': 'same-origin' });

beforeAll(async () => {
  twin = await startSpineTwin(spineConfig({ spam: { minFillSeconds: 0, suspectedRetentionDays: 30 } }));
});
afterAll(() => twin?.stop());

/** As the page's script does: ask for an upload, then POST the file to the site's own origin. */
const uploadThroughTheSite = async (body: Buffer) => {
  const offered = await twin.post(PATHS.uploads('nuisance'), '{}', 'application/json', sameSite());
  expect(offered.status).toBe(200);
  const offer = (await offered.json()) as {
    upload: { url: string; fields: Record<string, string> };
    ticket: string;
  };
  expect(offer.upload.url).toBe(PATHS.evidenceUpload); // Same origin: the CSP names no other host.
  expect(await postUpload({ ...offer.upload, url: `${twin.url}${offer.upload.url}` }, body)).toBe(204);
  return offer.ticket;
};

describe('evidence on the local twin, end to end over HTTP', () => {
  it('uploads through the site, sends, and processes on the stream and the scan stand-in', async () => {
    const photo = await photoWithGps();
    const tickets = [
      await uploadThroughTheSite(photo),
      await uploadThroughTheSite(Buffer.concat([SMALL_PDF, Buffer.from(EICAR)])),
    ];
    const sent = await twin.postJson(
      'nuisance',
      { ...VALID_ANSWERS.nuisance, evidence: tickets },
      sameSite(),
    );
    const reference = await referenceOf(sent);
    const files = await waitFor('both files settled', async () => {
      const record = await twin.record(reference);
      return record?.files?.every((f) => f.status !== 'checking') ? record.files : undefined;
    });
    expect(files.map((f) => f.status)).toEqual(['ready', 'threat']);
    const kept = await twin.evidence.files.read(fileKey(reference, files[0]?.id ?? ''));
    expect(kept && (await exifr.gps(kept))).toBeUndefined();
    const emails = await twin.waitForEmails(reference);
    expect(emails[0]?.body.text).toContain('Files: 2 files came with it.');
    expect(emails[0]?.body.text).not.toContain(tickets[0] ?? 'no ticket');
  });

  it('looks at a finished upload when its ticket comes back: a renamed executable is refused at once', async () => {
    const check = (ticket: string, language = 'en') =>
      twin.post(
        PATHS.uploads('nuisance'),
        JSON.stringify({ ticket, formLanguage: language }),
        'application/json',
        sameSite(),
      );
    const photo = await check(await uploadThroughTheSite(await photoWithGps()));
    expect([photo.status, await photo.json()]).toEqual([200, { ok: true }]);
    const exe = await check(await uploadThroughTheSite(EXE_START));
    expect(exe.status).toBe(422);
    expect(await exe.json()).toEqual({
      ok: false,
      problem: 'type',
      message: 'The selected file must be a JPG, PNG, PDF or an audio recording',
    });
    const forged = await check('not-a-ticket');
    expect(((await forged.json()) as { problem: string }).problem).toBe('notUploaded');
  });

  it('offers no upload for a form that asks for no files', async () => {
    const offered = await twin.post(PATHS.uploads('feedback'), '{}', 'application/json', sameSite());
    expect(offered.status).toBe(404);
  });
});
