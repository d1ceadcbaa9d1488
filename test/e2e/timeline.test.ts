import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/** The twin runs from 3 December 2026, whatever day the test runs on. */
const TWIN_STARTS = new Date('2026-12-03T14:00:00Z');

let twin: E2eTwin;
let browser: Browser;

/** A referral by someone who marked phone and email safe, but not voicemail. */
const submit = async (name: string): Promise<string> => {
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...VALID_ANSWERS.referral,
      name,
      safeWays: ['phone', 'email'],
      formOpenMs: '5000',
    }),
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

/** Logs an attempt from the case page: the button, the way and outcome (today and now are filled in). */
const logAttempt = async (page: Page, way: string, outcome: string) => {
  await page.getByRole('link', { name: 'Log a contact attempt' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Log a contact attempt');
  await page.locator(`input[name="way"][value="${way}"]`).check();
  await page.locator(`input[name="outcome"][value="${outcome}"]`).check();
};

const journey = (js: boolean) => async () => {
  const reference = await submit(js ? 'Robin' : 'Alex');
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: js });
  const page = await signIn(context, STAFF_PATHS.submission(reference));

  // Only the ways they marked safe are offered; a message by phone is refused (no voicemail).
  await logAttempt(page, 'phone', 'left-message');
  expect(
    await page
      .locator('input[name="way"]')
      .evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value)),
  ).toEqual(['phone', 'email']);
  await axeClean(page, js);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
    'They did not mark voicemail as safe, so do not leave a message by phone',
  );
  expect(await page.title()).toMatch(/^Error: /);
  await axeClean(page, js);
  await page.locator('input[name="outcome"][value="no-answer"]').check();
  await page.getByLabel('Note (optional)').fill('Rang the mobile twice');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The contact attempt has been logged.');

  // They answered the second time: first contact is recorded from the attempt.
  await logAttempt(page, 'phone', 'spoke');
  const firstContact = page.getByLabel('Record this as first contact');
  expect(await firstContact.isVisible()).toBe(true);
  await firstContact.check();
  await axeClean(page, js);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('first contact recorded');
  await expect(page.locator('.govuk-summary-list').first().textContent()).resolves.toContain(
    'First contact made',
  );

  // A note, too long first, then kept; then corrected.
  await page.getByRole('link', { name: 'Add a note' }).click();
  await page.getByLabel('Note', { exact: true }).fill('x'.repeat(501));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
    'The note must be 500 characters or fewer',
  );
  await axeClean(page, js);
  await page.getByLabel('Note', { exact: true }).fill('Prefers calls after six');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The note has been added.');
  await page.getByRole('link', { name: /^Correct Note/ }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Correct a note');
  await axeClean(page, js);
  await page.getByLabel('Note', { exact: true }).fill('Prefers calls after seven');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(banner(page)).resolves.toContain('The earlier note stays in the timeline.');

  // One timeline, oldest first: both attempts, the step, the note and its correction.
  const items = page.locator('ol.app-timeline > li');
  const titles = await items.locator('h4').allTextContents();
  expect(titles).toEqual([
    'Contact attempt by phone: No answer',
    'Contact attempt by phone: Spoke to them',
    'First contact made (Phone call)',
    'Note',
    'Note',
  ]);
  const correction = (await items.nth(4).textContent()) ?? '';
  expect(correction).toMatch(/Corrects: Note, 3 December 2026 at \d{1,2}:\d{2}pm/);
  expect(await items.nth(3).textContent()).toContain('Corrected');
  // "Correct" never breaks inside the word, however narrow the screen.
  const link = items.nth(4).getByRole('link', { name: /^Correct Note/ });
  expect(await link.evaluate((a) => getComputedStyle(a).whiteSpace)).toBe('nowrap');
  await axeClean(page, js);

  // At 320 CSS pixels the timeline scrolls no sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.locator('ol.app-timeline').evaluate((list) => list.scrollWidth <= list.clientWidth)).toBe(
    true,
  );

  const record = await twin.record(reference);
  expect(record?.timeline?.map((e) => e.kind)).toEqual(['attempt', 'attempt', 'note', 'note']);
  expect(record?.steps?.map((e) => [e.step, e.detail])).toEqual([['first-contact', 'phone']]);
  await context.close();
};

// Side by side (maxConcurrency): each run has its own referral.
describe.concurrent('a team member logs contact attempts and notes on a referral', () => {
  it(
    'refused voicemail, a failed call, first contact from a spoke call, a note and its correction, with JavaScript',
    journey(true),
  );
  it('the same without JavaScript', journey(false));
});
