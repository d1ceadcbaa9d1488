import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presignUpload } from '../../../functions/files/presign-upload.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { RETURN_ACTIONS } from '../../../functions/returning/action-registry.ts';
import type { ReturningStore } from '../../../functions/returning/actions.ts';
import { formOffers } from '../../../functions/returning/offered.ts';
import { DynamoFileAttachments } from '../../../functions/storage/append-files.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { EXE_START, evidenceStandIns, photoWithGps, SMALL_PDF } from '../../support/evidence-stand-ins.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessReturn, START } from './return-access.ts';

/**
 * Evidence from the way back in (issue 22 item 1), called as the /return/ router calls an action
 * (a ReturnActionRequest), on DynamoDB Local, the local S3 and the scanning stand-in.
 */
let stands: Awaited<ReturnType<typeof evidenceStandIns>>;
let store: ReturningStore;
const nuisance = findForm('nuisance') as FormDefinition;

beforeAll(async () => {
  stands = await evidenceStandIns();
  store = {
    caseForReturn: async (reference) => {
      const record = await stands.table.store.get(reference);
      if (!record) return undefined;
      return {
        reference: record.reference,
        formId: record.formId,
        createdAt: record.createdAt,
        team: record.team,
        closed: false,
        additions: (record.additions ?? []).map(({ kind, at }) => ({ kind, at })),
        expiresAt: record.expiresAt,
      };
    },
    appendAddition: (reference, change) => stands.table.store.appendAddition(reference, change),
  };
}, 120_000);
afterAll(() => stands?.stop());

const evidenceDeps = () => ({
  files: stands.files,
  attachments: new DynamoFileAttachments(stands.table.documents, stands.table.tableName),
  hashKey: TEST_HASH_KEY,
});

const act = async (
  method: 'GET' | 'POST',
  reference: string,
  fields: Record<string, string> = {},
  language: 'en' | 'cy' = 'en',
) => {
  const action = RETURN_ACTIONS.evidence;
  if (!action) throw new Error('no evidence action');
  return action(
    {
      session: { reference, formId: 'nuisance', language },
      form: nuisance,
      config: stands.config,
      method,
      fields,
      now: new Date(),
      evidence: evidenceDeps(),
    },
    store,
  );
};

const sentReport = async () => {
  const outcome = await submitForm(
    nuisance,
    {
      ...VALID_ANSWERS.nuisance,
      // Each report its own: the same answers again would be the same submission (the duplicate guard).
      description: `Loud music every night (${Math.random()})`,
    },
    {
      config: stands.config,
      store: stands.table.store,
      now: () => new Date(),
      hashKey: TEST_HASH_KEY,
      files: stands.files,
    },
  );
  if (outcome.kind !== 'accepted') throw new Error('not accepted');
  return outcome.reference;
};

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of the page's upload form, as a browser would send them. */
const hiddenFields = (body: string): Record<string, string> => {
  const upload = /<form[^>]*data-evidence-upload[^>]*>([\s\S]*?)<\/form>/.exec(body)?.[1] ?? '';
  return Object.fromEntries(
    [...upload.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
      decode(m[1] ?? ''),
      decode(m[2] ?? ''),
    ]),
  );
};

/** Sends a file with the page's fields as the browser does, straight to the local S3; storage's answer. */
const uploadWith = async (fields: Record<string, string>, body: Buffer) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(body)]), 'anything.bin');
  const answer = await fetch(`${stands.s3.endpoint}/${stands.s3.bucket}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  await stands.scanner.settled();
  return answer;
};

/** Through the page: GET the picker, upload, and the ticket storage sends the browser back with. */
const uploadThroughThePage = async (reference: string, body: Buffer) => {
  const picker = await act('GET', reference);
  expect(picker.statusCode).toBe(200);
  const answer = await uploadWith(hiddenFields(picker.body ?? ''), body);
  expect(answer.status).toBe(303);
  const back = new URL(answer.headers.get('location') ?? '');
  expect(`${back.origin}${back.pathname}`).toBe(
    `${stands.config.siteUrl.replace(/\/$/, '')}/return/evidence`,
  );
  return back.searchParams.get('ticket') ?? '';
};

const filesOf = async (reference: string): Promise<StoredFile[]> =>
  (await stands.table.store.get(reference))?.files ?? [];

const TOKEN = '0b5e4f52-6a55-4b8e-9f0e-2f6e0f4a1c11';

describe('adding evidence from the way back in', () => {
  it('is offered on the forms that ask for files', () => {
    expect(formOffers(nuisance, 'evidence')).toBe(true);
    expect(formOffers(findForm('referral') as FormDefinition, 'evidence')).toBe(true);
    expect(formOffers(findForm('feedback') as FormDefinition, 'evidence')).toBe(false);
  });

  it('uploads through a plain form, looks at it, and on Send appends it with one evidence addition, then it is scanned and processed like the originals', async () => {
    const reference = await sentReport();
    const ticket = await uploadThroughThePage(reference, await photoWithGps());
    const ready = await act('GET', reference, { ticket });
    expect(ready.statusCode).toBe(200);
    expect(ready.body).toContain('Your file has been uploaded.');
    expect(await filesOf(reference)).toEqual([]); // Nothing is attached before Send.

    const sent = await act('POST', reference, { ticket, additionToken: TOKEN });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Your file has been sent');
    const record = await stands.table.store.get(reference);
    expect(record?.files?.map((f) => [f.kind, f.status])).toEqual([['photo', 'checking']]);
    expect(record?.additions?.map((a) => [a.id, a.kind, a.answers])).toEqual([
      [TOKEN, 'evidence', { files: '1' }],
    ]);

    // The claim arrives on the stream as for files sent with the form; processing takes it from there.
    await stands.processing.claims({
      Records: [
        {
          eventID: '1',
          eventName: 'INSERT',
          dynamodb: {
            NewImage: { kind: { S: 'upload-claim' }, uploadId: { S: record?.files?.[0]?.id ?? '' } },
          },
        },
      ],
    });
    expect((await filesOf(reference)).map((f) => [f.status, f.takenAt])).toEqual([
      ['ready', '2026-11-03T14:22:10'],
    ]);

    // The same page sent again (a refresh, a double click): nothing more is attached or added.
    expect((await act('POST', reference, { ticket, additionToken: TOKEN })).statusCode).toBe(200);
    const again = await stands.table.store.get(reference);
    expect([again?.files?.length, again?.additions?.length]).toEqual([1, 1]);
  });

  it('refuses a renamed executable as soon as it is back from storage, and never attaches it', async () => {
    const reference = await sentReport();
    const ticket = await uploadThroughThePage(reference, EXE_START);
    const refused = await act('GET', reference, { ticket });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('The selected file must be a JPG, PNG, PDF or an audio recording');
    expect(refused.body).toContain('govuk-error-summary');
    const welsh = await act('GET', reference, { ticket }, 'cy');
    expect(welsh.body).toContain('Ychwanegu tystiolaeth');
    expect(welsh.body).toContain('/cy/return/evidence?ticket=');
    const posted = await act('POST', reference, { ticket, additionToken: TOKEN });
    expect(posted.statusCode).toBe(422);
    expect(await filesOf(reference)).toEqual([]);
    expect((await stands.table.store.get(reference))?.additions).toBeUndefined();
  });

  it('refuses another form’s ticket and a forged one, and says plainly when the case is gone', async () => {
    const reference = await sentReport();
    const referral = await presignUpload('referral', {
      files: stands.files,
      hashKey: TEST_HASH_KEY,
      settings: stands.config.files,
      now: () => new Date(),
    });
    expect(await uploadWith(referral.upload.fields, SMALL_PDF)).toMatchObject({ status: 204 });
    for (const ticket of [referral.ticket, 'forged.nuisance.1.00'])
      expect((await act('POST', reference, { ticket })).body).toContain(
        'The selected file could not be uploaded',
      );
    const ticket = await uploadThroughThePage(reference, SMALL_PDF);
    await new DynamoSubmissionRemoval(stands.table.documents, stands.table.tableName).erase(reference, []);
    expect((await act('POST', reference, { ticket })).statusCode).toBe(410);
  });
});

describe('a deployment without an evidence bucket', () => {
  it('has nothing at /return/evidence: a plain 404, not a failure', async () => {
    const app = await inProcessReturn();
    try {
      app.setTime(START);
      const { reference, code } = await app.send();
      const { id } = await app.signIn(reference, code);
      expect((await app.get('/return/evidence', id)).statusCode).toBe(404);
    } finally {
      await app.destroy();
    }
  });
});
