import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * The workspace on a phone (issue 20, WCAG 1.4.10 Reflow): at 320 CSS px no workspace page scrolls
 * sideways, measured as the document's scroll width, and each is axe clean; the inbox becomes a list
 * of summaries, and bulk assign works from it without JavaScript.
 */
let twin: E2eTwin;
let browser: Browser;
const refs: string[] = [];
const TWIN_STARTS = new Date('2026-11-20T12:00:00Z');
const PHONE = { width: 320, height: 640 };

const submit = async (formId: string, answers: Record<string, unknown>): Promise<string> => {
  const response = await fetch(`${twin.url}/api/forms/${formId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...answers, formOpenMs: '5000' }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

beforeAll(async () => {
  [twin, browser] = await Promise.all([
    startE2eTwin({ clock: clockStartingAt(TWIN_STARTS) }),
    launchBrowser(),
  ]);
  refs.push(await submit('referral', VALID_ANSWERS.referral ?? {}));
  refs.push(
    await submit('referral', { ...VALID_ANSWERS.referral, stillAtRisk: 'yes', contactLanguage: 'cy' }),
  );
  refs.push(await submit('nuisance', VALID_ANSWERS.nuisance ?? {}));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const signIn = (context: BrowserContext, username: string): Promise<Page> =>
  signInAs(twin.url, context, username, STAFF_PATHS.inbox);

const sideways = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

describe('the workspace at 320 CSS px', () => {
  it('never scrolls sideways, and every page is axe clean', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await signIn(context, 'admins');
    const reference = refs[0] ?? '';
    const pages = [
      STAFF_PATHS.inbox,
      STAFF_PATHS.submission(reference),
      STAFF_PATHS.steps(reference),
      STAFF_PATHS.report,
      `${STAFF_PATHS.audit}?reference=${reference}`,
      STAFF_PATHS.export,
    ];
    for (const path of pages) {
      const response = await page.goto(`${twin.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect((await sideways(page)).scrollWidth, path).toBeLessThanOrEqual(PHONE.width);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  }, 120_000);

  it('shows the inbox as a list of summaries, each value after its heading', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await signIn(context, 'restorative-justice');
    await expect(page.locator('table.app-inbox thead').isVisible()).resolves.toBe(false);
    const first = page.locator('table.app-inbox tbody tr').first();
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown is the point (labels show only on a phone)
    const text = (await first.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Received:');
    expect(text).toContain('Language: Welsh (Cymraeg)');
    expect(text).toContain('Urgent: May be at risk');
    expect(text).toContain('Waiting for first contact:');
    await context.close();
  });
});

describe('bulk assign without JavaScript', () => {
  it('assigns the selected cases and says so, or says nothing was selected', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await signIn(context, 'restorative-justice');
    await page.getByRole('button', { name: 'Assign selected' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select at least one case to assign',
    );
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    for (const reference of refs.slice(0, 2)) await page.getByLabel(`Select ${reference}`).check();
    await page
      .getByLabel('Assign the selected cases to')
      .selectOption({ label: 'Restorative Justice Team member' });
    await page.getByRole('button', { name: 'Assign selected' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      '2 cases assigned to you',
    );
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.getByLabel('Assigned to', { exact: true }).selectOption('me');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.locator('#showing').textContent()).resolves.toBe('Showing 1 to 2 of 2');
    await context.close();
  }, 120_000);
});
