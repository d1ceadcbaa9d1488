import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { LOCAL_STAFF_PASSWORD } from '../../local/staff-accounts.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
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

const axeClean = async (page: Page) => expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);

/** WCAG 1.4.10: nothing scrolls sideways at 320 CSS px (measured, not assumed). */
const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

const fillDate = async (page: Page, day: string, month: string, year: string) => {
  await page.locator('input[name="on-day"]').fill(day);
  await page.locator('input[name="on-month"]').fill(month);
  await page.locator('input[name="on-year"]').fill(year);
};

describe('My work and the follow-up form, JavaScript off, on a 320 px screen', () => {
  it('signs in to My work, sets a follow-up (refused first), and sees it due, with axe clean and no sideways scroll', async () => {
    const reference = await submit('Robin');
    const context = await browser.newContext({
      viewport: { width: 320, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();

    // Signing in lands on My work, the first item of the navigation.
    await page.goto(`${twin.url}${STAFF_PATHS.signIn}`);
    await page.waitForURL(/\/interaction\//);
    await page.getByLabel('Username').fill('restorative-justice');
    await page.getByLabel('Password').fill(LOCAL_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${twin.url}${STAFF_PATHS.myWork}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('My work');
    await expect(page.locator('.govuk-service-navigation__list a').first().textContent()).resolves.toBe(
      'My work',
    );
    await expect(page.locator('#unassigned + dl, #unassigned ~ dl').first().textContent()).resolves.toContain(
      reference,
    );
    await noSidewaysScroll(page);
    await axeClean(page);

    // The follow-up form: a day in the past and no "what for" are refused with GOV.UK messages.
    await page.getByRole('link', { name: reference }).first().click();
    await page.getByRole('link', { name: 'Set a follow-up date' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Set a follow-up');
    await noSidewaysScroll(page);
    await axeClean(page);
    await fillDate(page, '19', '11', '2026');
    await page.getByRole('button', { name: 'Save the follow-up' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain(
      'The follow-up date must be today or in the future',
    );
    await expect(summary.textContent()).resolves.toContain('Enter what the follow-up is for');
    await noSidewaysScroll(page);
    await axeClean(page);

    await fillDate(page, '20', '11', '2026');
    await page.getByLabel('What for').fill('Ring back about the meeting');
    await page.getByRole('button', { name: 'Save the follow-up' }).click();
    await expect(page.locator('#follow-up ~ dl').first().textContent()).resolves.toContain(
      '20 November 2026',
    );
    await expect(page.locator('.govuk-notification-banner').first().textContent()).resolves.toContain(
      'Follow-up saved',
    );
    await axeClean(page);

    // Back on My work: due today, and the morning email can be asked for.
    await page.getByRole('link', { name: 'My work' }).click();
    await expect(page.locator('#follow-ups ~ dl').first().textContent()).resolves.toContain(reference);
    await expect(page.locator('#follow-ups ~ dl').first().textContent()).resolves.toContain('Due today');
    await page.getByRole('button', { name: 'Send me a morning email' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'You will get the morning email',
    );
    await noSidewaysScroll(page);
    await axeClean(page);
    await context.close();
  });
});
