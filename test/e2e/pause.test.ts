import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/** The twin runs from Friday 20 November 2026, whatever day the test runs on. */
const TWIN_STARTS = new Date('2026-11-20T12:00:00Z');

let twin: E2eTwin;
let browser: Browser;

const submit = async (name: string): Promise<string> => {
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...VALID_ANSWERS.referral, name, formOpenMs: '5000' }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

beforeAll(async () => {
  [twin, browser] = await Promise.all([
    startE2eTwin({ clock: clockStartingAt(TWIN_STARTS) }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const signIn = (context: BrowserContext, path: string) =>
  signInAs(twin.url, context, 'restorative-justice', path);

const axeClean = async (page: Page, js: boolean) =>
  expect(js ? await axeViolations(page) : await axeViolationsWithoutJs(browser, page)).toEqual([]);

const banner = (page: Page) => page.locator('.govuk-notification-banner').textContent();

const journey = (js: boolean) => async () => {
  const reference = await submit(js ? 'Kit' : 'Lou');
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: js });
  const page = await signIn(context, STAFF_PATHS.submission(reference));

  // Pause: the reason and the review date are revealed under "Paused" (all shown without JavaScript).
  await page.getByRole('link', { name: 'Record the next step' }).click();
  const review = page.locator('#review-on');
  if (js) expect(await review.isVisible()).toBe(false);
  await page.getByLabel('Paused', { exact: true }).check();
  expect(await review.isVisible()).toBe(true);
  await page.locator('input[name="detail-paused"][value="live-case"]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
    'Enter the review date',
  );
  expect(await page.title()).toMatch(/^Error: /);
  await axeClean(page, js);
  await review.fill('4');
  await page.locator('#review-on-month').fill('12');
  await page.locator('#review-on-year').fill('2026');
  await axeClean(page, js);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The step has been recorded.');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Paused (Live investigation or court case), review by 4 December 2026');
  await axeClean(page, js);
  expect(await twin.record(reference)).toMatchObject({ status: 'paused' });

  // The step page in its pause state: says so, and offers only resuming or closing.
  await page.getByRole('link', { name: 'Record the next step' }).click();
  await expect(page.locator('main').textContent()).resolves.toContain('This case is paused');
  const offered = await page
    .locator('input[name="step"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(offered).toEqual(['resumed', 'closed']);
  await axeClean(page, js);
  await page.getByLabel('Resumed', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The step has been recorded.');
  await expect(page.locator('main').textContent()).resolves.toContain('Resumed, 20 November 2026');
  await axeClean(page, js);
  const record = await twin.record(reference);
  expect(record?.steps?.map((e) => e.step)).toEqual(['paused', 'resumed']);
  expect(record?.status).toBe('received');
  await context.close();
};

// Side by side (maxConcurrency): each run has its own referral.
describe.concurrent('a team member pauses a referral and resumes it', () => {
  it('without JavaScript', journey(false));
  it('with JavaScript', journey(true));
});
