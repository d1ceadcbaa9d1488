import exifr from 'exifr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS, RETURN_PATHS, STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { fileKey } from '../../functions/files/object-keys.ts';
import type { StoredFile } from '../../functions/files/types.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../../functions/storage/dynamodb-staff-store.ts';
import { EICAR } from '../../local/scan-stand-in.ts';
import { readInbox } from '../../local/ses-local.ts';
import { EXE_START, photoWithGps, SMALL_PDF } from '../support/evidence-stand-ins.ts';
import { PATIENCE_MS } from '../support/patience.ts';
import { PLANS } from './support/answers.ts';
import { axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import type { Plan } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

let twin: E2eTwin;
let browser: Browser;

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

/** The nuisance form's team (PLANS.nuisance names a housing association's tenant). */
const TEAM = 'community-safety';
const MIN_FILL_MS = serviceConfig.spam.minFillSeconds * 1000;
const TYPE_MESSAGE = 'The selected file must be a JPG, PNG, PDF or an audio recording';

/** A short, valid WAV recording (a tenth of a second of silence): what file-type reads as wav. */
const smallWav = (): Buffer => {
  const samples = Buffer.alloc(1600);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
};

/** Answers every planned question by its field, as quickly as a test may (the keyboard is forms.test's). */
const fillPlan = async (page: Page, plan: Plan) => {
  for (const [name, answer] of Object.entries(plan)) {
    if (Array.isArray(answer)) {
      for (const value of answer) await page.check(`input[name="${name}"][value="${value}"]`);
      continue;
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
    if (date && (await page.locator(`[name="${name}-day"]`).count()) > 0) {
      await page.fill(`[name="${name}-day"]`, String(Number(date[3])));
      await page.fill(`[name="${name}-month"]`, String(Number(date[2])));
      await page.fill(`[name="${name}-year"]`, date[1] ?? '');
      continue;
    }
    const field = page.locator(`form [name="${name}"]`);
    if ((await field.first().getAttribute('type')) === 'radio')
      await page.check(`input[name="${name}"][value="${answer}"]`);
    else await field.fill(answer);
  }
};

const openNuisance = async (context: BrowserContext) => {
  const page = await context.newPage();
  await page.goto(`${twin.url}${PATHS.form('nuisance')}`);
  return { page, openedAt: Date.now() };
};

const waitForMinimumFillTime = async (openedAt: number) => {
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
};

const referenceOn = async (page: Page) => {
  await page.waitForURL(/\/confirmation\?reference=/);
  return (await page.locator('[data-reference]').textContent())?.trim() ?? '';
};

/** The record's files once processing has settled every one (the scan stand-in and the stream). */
const settledFiles = async (reference: string): Promise<StoredFile[]> => {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const files = (await twin.record(reference))?.files;
    if (files && files.length > 0 && files.every((f) => f.status !== 'checking')) return files;
    if (Date.now() > deadline) throw new Error(`Files of ${reference} not settled: ${JSON.stringify(files)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** The first email whose subject ends with this (the notifier sends from the stream). */
const waitForEmail = async (subjectEnd: string) => {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = (await readInbox(twin.inboxUrl)).find((e) => e.subject.endsWith(subjectEnd));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email "${subjectEnd}"`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const fileList = (page: Page) => page.locator('[data-file-list="evidence"]');

describe.concurrent('evidence files (they share nothing but the twin)', () => {
  it('with JavaScript: uploads a photo and a recording with progress, refuses a renamed .exe at once, and the team gets the photo without its location', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    // The first upload is held on its way until its progress has been seen, as a person would see it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(`**${PATHS.evidenceUpload}`, async (route) => {
      await held;
      await route.continue();
    });
    const { page, openedAt } = await openNuisance(context);
    await fillPlan(page, PLANS.nuisance ?? {});
    const picker = page.locator('input[name="evidence-file"]');
    const photo = await photoWithGps();

    await picker.setInputFiles({ name: 'garden.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByLabel('Uploading garden.jpg').waitFor();
    release();
    await fileList(page).getByText('garden.jpg uploaded').waitFor();

    await picker.setInputFiles([
      { name: 'music.wav', mimeType: 'audio/wav', buffer: smallWav() },
      {
        name: 'letter.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([SMALL_PDF, Buffer.from(EICAR)]),
      },
      { name: 'spare.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF },
      // An executable with a photo's name and type: its bytes say what it is.
      { name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: EXE_START },
    ]);
    for (const name of ['music.wav', 'letter.pdf', 'spare.pdf'])
      await fileList(page).getByText(`${name} uploaded`).waitFor();
    const refused = fileList(page).locator('.govuk-error-message', { hasText: 'holiday.jpg' });
    await expect(refused.textContent()).resolves.toBe(`holiday.jpg: ${TYPE_MESSAGE}`);

    // Remove takes a file out before sending; the refused one carries no ticket either way.
    await fileList(page)
      .locator('li', { hasText: 'spare.pdf' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect(fileList(page).getByText('spare.pdf').count()).resolves.toBe(0);
    await expect(fileList(page).locator('input[type="hidden"][name="evidence"]').count()).resolves.toBe(3);

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-check-view] h1').waitFor();
    await waitForMinimumFillTime(openedAt);
    await page.getByRole('button', { name: 'Send' }).click();
    const reference = await referenceOn(page);

    const files = await settledFiles(reference);
    expect(files.map((f) => [f.kind, f.status])).toEqual([
      ['photo', 'ready'],
      ['audio', 'ready'],
      ['document', 'threat'],
    ]);
    expect((await twin.emailFor(reference)).body.text).toContain('Files: 3 files came with it.');

    // The team: each file listed with its check, the photo's taken-on time, no link for the threat.
    const staff = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const casePage = await signInAs(twin.url, staff, TEAM, STAFF_PATHS.submission(reference));
    const rows = casePage.locator('tr[data-file]');
    await expect(rows.count()).resolves.toBe(3);
    const photoRow = (await rows.nth(0).textContent()) ?? '';
    expect(photoRow).toContain('3 November 2026, 2:22pm by the camera’s clock');
    expect(photoRow).toContain('Checked: no threats found');
    expect(await rows.nth(1).textContent()).toContain('Audio recording');
    const threatRow = rows.nth(2);
    expect(await threatRow.textContent()).toContain('the malware check found a threat');
    await expect(threatRow.locator('a').count()).resolves.toBe(0);
    const threatLink = await staff.request.get(
      `${twin.url}${STAFF_PATHS.file(reference, files[2]?.id ?? '')}`,
      {
        maxRedirects: 0,
      },
    );
    expect(threatLink.status()).toBe(404);

    // The download: audited, then S3's link for 5 minutes; the photo has no EXIF, so no GPS.
    const href = (await rows.nth(0).getByRole('link').getAttribute('href')) ?? '';
    const handedOut = await staff.request.get(`${twin.url}${href}`, { maxRedirects: 0 });
    expect(handedOut.status()).toBe(303);
    const link = new URL(handedOut.headers().location ?? '');
    expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
    const downloaded = await staff.request.get(link.href);
    expect(downloaded.status()).toBe(200);
    const body = await downloaded.body();
    expect(body.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8])); // Still a JPEG…
    expect(await exifr.gps(body)).toBeUndefined(); // …with no location…
    expect(await exifr.parse(body, true)).toBeUndefined(); // …and no EXIF at all.
    const audit = new DynamoStaffStore(
      makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint }),
      twin.staffTableName,
    );
    expect(
      (await audit.auditFor(reference))
        .filter((e) => e.action === 'file-downloaded')
        .map((e) => [e.actor, e.detail]),
    ).toEqual([[TEAM, 'File 1 (photo)']]);
    await staff.close();
    await context.close();
  });

  it('without JavaScript: sends the form, then attaches a photo from the coming-back page with plain forms, and the team gets it without its location', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      javaScriptEnabled: false,
    });
    const { page, openedAt } = await openNuisance(context);
    // Without script the picker is not offered on the form; its hint says files can be added after.
    await expect(page.locator('input[name="evidence-file"]').isVisible()).resolves.toBe(false);
    await fillPlan(page, PLANS.nuisance ?? {});
    await waitForMinimumFillTime(openedAt);
    await page.getByRole('button', { name: 'Send' }).click();
    const reference = await referenceOn(page);
    const code = (await page.locator('[data-return-code]').textContent())?.trim() ?? '';

    await page.goto(`${twin.url}${RETURN_PATHS.start('en')}`);
    await page.getByLabel('Reference number').fill(reference);
    await page.getByLabel('Return code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Add evidence' }).click();
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'door.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoWithGps(),
    });
    // Straight to storage, which sends the browser back to the page that sends it to the team.
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.locator('[data-evidence-ready]').waitFor();
    await page.getByRole('button', { name: 'Send it to the team' }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Your file has been sent');

    const [file] = await settledFiles(reference);
    expect([file?.kind, file?.status, file?.takenAt]).toEqual(['photo', 'ready', '2026-11-03T14:22:10']);
    const kept = await twin.evidence.files.read(fileKey(reference, file?.id ?? ''));
    expect(kept && (await exifr.parse(kept, true))).toBeUndefined();
    expect((await twin.record(reference))?.additions?.map((a) => [a.kind, a.answers])).toEqual([
      ['evidence', { files: '1' }],
    ]);
    // The team is told, as for any addition, how many files came and nothing of them.
    const update = await waitForEmail(`An update to ${reference}`);
    expect(update.body.text).toContain('evidence: 1 file, to open in the staff workspace');
    await context.close();
  });
});
