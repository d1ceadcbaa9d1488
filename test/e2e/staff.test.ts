import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS, STAFF_SESSION } from '../../functions/contract/service-contract.ts';
import { hashOf } from '../../functions/staff/auth/sessions.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../../functions/storage/dynamodb-staff-store.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

let twin: E2eTwin;
let browser: Browser;
let documents: ReturnType<typeof makeDocumentClient>;
const refs = { adult: '', youth: '' };

/** Sends a form as a script would (the fill time given), for the workspace to have something to show. */
const submit = async (formId: string, answers: Record<string, unknown>): Promise<string> => {
  const response = await fetch(`${twin.url}/api/forms/${formId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...answers, formOpenMs: '5000' }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
  documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  refs.adult = await submit('referral', VALID_ANSWERS.referral ?? {});
  // Under 18 is a marker; a risk that may still be going on makes it urgent (issue 20).
  refs.youth = await submit('referral', {
    ...VALID_ANSWERS.referral,
    ageBand: 'under-18',
    stillAtRisk: 'yes',
  });
});

afterAll(async () => {
  documents?.destroy();
  await browser?.close();
  await twin?.stop();
});

const newContext = (javaScriptEnabled = true) =>
  browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled });

/** Signs in through the twin's OpenID provider as a person would: the workspace, the provider's form, back. */
const signIn = (context: BrowserContext, username: string, path: string = STAFF_PATHS.inbox) =>
  signInAs(twin.url, context, username, path);

const references = (page: Page) =>
  page.$$eval('a[href^="/staff/submissions/"]', (links) => links.map((a) => a.textContent?.trim() ?? ''));

describe('a team member', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext();
    page = await signIn(context, 'restorative-justice');
  });
  afterAll(() => context?.close());

  it('signs in through the provider and sees only their team’s submissions', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Inbox');
    expect(await references(page)).toEqual([refs.adult]);
    expect(await axeViolations(page)).toEqual([]);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === STAFF_SESSION.cookie);
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('opens one and reads every answer, with how to contact them safely first', async () => {
    await page.getByRole('link', { name: refs.adult }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(refs.adult);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Contact only by: email, text message.');
    expect(text).toContain('Someone broke into my shed and took my tools.');
    expect(text).toContain('Restorative Justice Team member');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports their team’s submissions as a CSV file', async () => {
    await page.getByRole('link', { name: 'Export' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Form').selectOption('referral');
    const today = new Date();
    for (const [prefix, day] of [
      ['from', new Date(Date.now() - 86_400_000)],
      ['to', today],
    ] as const) {
      await page.locator(`#${prefix}`).fill(String(day.getUTCDate()));
      await page.locator(`#${prefix}-month`).fill(String(day.getUTCMonth() + 1));
      await page.locator(`#${prefix}-year`).fill(String(day.getUTCFullYear()));
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain(refs.adult);
    expect(text).not.toContain(refs.youth);
  });

  it('is sent to sign in again after 30 minutes without using the workspace', async () => {
    const staff = new DynamoStaffStore(documents, twin.staffTableName);
    const id = (await context.cookies()).find((c) => c.name === STAFF_SESSION.cookie)?.value ?? '';
    await staff.touchSession(hashOf(id), Math.floor(Date.now() / 1000) - STAFF_SESSION.idleSeconds - 1);
    const first = await page.goto(`${twin.url}${STAFF_PATHS.inbox}`);
    expect(first?.status()).toBe(401);
    // The page says why, then moves on to the provider, which still knows them: back in the inbox.
    await page.locator('h1', { hasText: /^Inbox$/ }).waitFor();
    const newId = (await context.cookies()).find((c) => c.name === STAFF_SESSION.cookie)?.value;
    expect(newId).not.toBe(id);
  });

  it('cannot be made to sign out by another website', async () => {
    const evil = await context.newPage();
    await evil.setContent(
      `<form method="post" action="${twin.url}${STAFF_PATHS.signOut}"><input name="csrf" value="x"><button>Go</button></form>`,
    );
    const [response] = await Promise.all([
      evil.waitForResponse(/sign-out/),
      evil.getByRole('button').click(),
    ]);
    expect(response.status()).toBe(400);
    await evil.close();
    await page.goto(`${twin.url}${STAFF_PATHS.inbox}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Inbox');
  });

  it('signs out, at the provider too', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(new RegExp(`^${twin.oidcIssuer}`));
    await page.getByRole('button', { name: 'Sign out' }).click(); // the provider's own page
    await page.waitForURL(`${twin.url}${STAFF_PATHS.signedOut}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('You have signed out');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${twin.url}${STAFF_PATHS.inbox}`);
    await page.waitForURL(/\/interaction\//); // the provider asks for the password again
  });
});

describe('another team', () => {
  it('gets 404 for the first team’s reference', async () => {
    const context = await newContext();
    const page = await signIn(context, 'quality');
    const response = await page.goto(`${twin.url}${STAFF_PATHS.submission(refs.adult)}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.content()).not.toContain('shed');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is listed in the admin’s audit trail for that reference, by account, as refused', async () => {
    const context = await newContext();
    const page = await signIn(context, 'admins', STAFF_PATHS.audit);
    await page.getByLabel('Reference').fill(refs.adult);
    await page.getByRole('button', { name: 'Look up' }).click();
    const row = page.locator('tr', { hasText: 'Was refused' });
    const text = (await row.first().textContent()) ?? '';
    expect(text).toContain('Restorative Practice Quality Team member');
    expect(text).toContain(refs.adult);
    expect(text).toContain('Asked to open it: another team’s (Restorative Justice Team)');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('an admin', () => {
  it('erases a submission after typing its reference, and sees it in the audit trail', async () => {
    const reference = await submit('feedback', VALID_ANSWERS.feedback ?? {});
    const context = await newContext();
    const page = await signIn(context, 'admins');
    await page.goto(`${twin.url}${STAFF_PATHS.submission(reference)}`);
    await page.getByRole('link', { name: 'Erase this submission' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Erase for good' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(`Type ${reference}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Type the reference to confirm').fill(reference);
    await page.getByRole('button', { name: 'Erase for good' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(`${reference} has been erased`);
    expect(await twin.record(reference)).toBeUndefined();
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByLabel('Reference').fill(reference);
    await page.getByRole('button', { name: 'Look up' }).click();
    const trail = (await page.locator('main').textContent()) ?? '';
    expect(trail).toContain('Erased');
    expect(trail).toContain('Opened');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('signs in, filters the inbox and opens a submission', async () => {
    const context = await newContext(false);
    const page = await signIn(context, 'admins');
    expect(await references(page)).toEqual([refs.youth, refs.adult]);
    await page.getByLabel('Only urgent ones (act today)').check();
    await page.getByRole('button', { name: 'Show' }).click();
    expect(await references(page)).toEqual([refs.youth]);
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.getByRole('link', { name: refs.youth }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(refs.youth);
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByLabel('Reference').fill(refs.youth);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.locator('main').textContent()).resolves.toContain('Opened');
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await context.close();
  });
});
