import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { LOCAL_STAFF_PASSWORD } from '../../local/staff-accounts.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/** The twin runs from 20 November 2026 (a month clear of its ends), whatever day the test runs on. */
const TWIN_STARTS = new Date('2026-11-20T12:00:00Z');

let twin: E2eTwin;
let browser: Browser;

/** A referral sent as a script would, for the team to work on (a different name each time). */
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

/** Each page state is checked by axe; without JavaScript as the snapshot the browser was given. */
const axeClean = async (page: Page, js: boolean) =>
  expect(js ? await axeViolations(page) : await axeViolationsWithoutJs(browser, page)).toEqual([]);

/** Records one step from the submission page, as a person does: the button, the choices, Save. */
const recordStep = async (page: Page, step: string, detail: [string, string] | undefined, js: boolean) => {
  await page.getByRole('link', { name: 'Record the next step' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Record the next step');
  await page.getByLabel(step, { exact: true }).check();
  if (detail) {
    const option = page.locator(`input[name="${detail[0]}"][value="${detail[1]}"]`);
    // With JavaScript the detail is revealed under the chosen step; without, every detail shows.
    expect(await option.isVisible()).toBe(true);
    await option.check();
  }
  await axeClean(page, js);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
    'The step has been recorded.',
  );
};

const journey = (js: boolean) => async () => {
  const reference = await submit(js ? 'Robin' : 'Alex');
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: js });
  const page = await signIn(context, STAFF_PATHS.submission(reference));
  await expect(page.locator('main').textContent()).resolves.toContain('Nothing recorded yet.');
  await axeClean(page, js);

  await page.getByRole('link', { name: 'Record the next step' }).click();
  if (js) {
    // The detail of a step stays hidden until that step is chosen.
    expect(await page.locator('input[name="detail-first-contact"][value="text"]').isVisible()).toBe(false);
  }
  await page.getByLabel('Assigned to').selectOption({ label: 'Restorative Justice Team member (you)' });
  await page.getByLabel('First contact made', { exact: true }).check();
  await page.locator('input[name="detail-first-contact"][value="text"]').check();
  await page.getByLabel('Note (optional)').fill('Prefers texts after 6pm');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('recorded');
  await axeClean(page, js);

  await recordStep(page, 'Assessed', ['detail-assessed', 'suitable'], js);

  // A bad step: no closure reason and a date next year. The error summary lists both.
  await page.getByRole('link', { name: 'Record the next step' }).click();
  await page.getByLabel('Closed', { exact: true }).check();
  const year = page.locator('#on-year');
  const thisYear = await year.inputValue();
  await year.fill(String(Number(thisYear) + 1));
  await page.getByRole('button', { name: 'Save' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.textContent()).resolves.toContain('Select why it was closed');
  await expect(summary.textContent()).resolves.toContain('The date must be today or in the past');
  expect(await page.title()).toMatch(/^Error: /);
  await axeClean(page, js);
  await year.fill(thisYear);
  await page.locator('input[name="detail-closed"][value="completed"]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('recorded');

  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('This case is closed');
  expect(main).toContain('Prefers texts after 6pm');
  expect(main).toContain('Closed (Completed)');
  await axeClean(page, js);
  const record = await twin.record(reference);
  expect(record?.steps?.map((e) => e.step)).toEqual(['first-contact', 'assessed', 'closed']);
  expect(record?.status).toBe('closed');

  // The closure's reason was wrong: corrected, and the first entry stays, marked as corrected.
  await page.getByRole('link', { name: /^Correct Closed/ }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Correct a step');
  await page.locator('input[name="detail-closed"][value="withdrew"]').check();
  await axeClean(page, js);
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('correction');
  const history = (await page.locator('ol.app-timeline').textContent()) ?? '';
  expect(history).toContain('(Completed)');
  expect(history).toContain('Corrected');
  expect(history).toContain('(Withdrew)');
  await axeClean(page, js);
  expect((await twin.record(reference))?.steps?.at(-1)?.corrects).toBe(record?.steps?.[2]?.id);
  await context.close();
};

describe('a team member records progress on a referral', () => {
  it('first contact, assessment and closure, with JavaScript', journey(true));
  it('first contact, assessment and closure, without JavaScript', journey(false));

  it('and the team lead’s report for this month shows the change', async () => {
    // Both journeys above closed their referral after first contact and assessment, and the
    // closure reason was corrected to "withdrew" in each.
    const month = '2026-11'; // The twin's month (TWIN_STARTS), whatever day the test runs on.
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${twin.url}${STAFF_PATHS.report}?month=${month}`);
    await page.waitForURL(/\/interaction\//);
    await page.getByLabel('Username').fill('team-lead');
    await page.getByLabel('Password').fill(LOCAL_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`${STAFF_PATHS.report}`));
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Progress: Restorative Justice Team, Restorative justice referral (2 received)');
    for (const step of ['First contact made', 'Assessed', 'Closed'])
      await expect(page.locator('tr', { hasText: step }).first().textContent()).resolves.toContain(
        '(2 of 2)',
      );
    await expect(page.locator('tr', { hasText: 'Withdrew' }).first().textContent()).resolves.toContain('2');
    await axeClean(page, true);
    await context.close();
  });
});
