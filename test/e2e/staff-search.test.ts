import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

let twin: E2eTwin;
let browser: Browser;
let reference = '';

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...VALID_ANSWERS.referral,
      name: 'Taylor Tenant',
      phone: '07700 900 432',
      formOpenMs: '5000',
    }),
  });
  reference = ((await response.json()) as { reference: string }).reference;
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const signIn = (context: BrowserContext, username: string) =>
  signInAs(twin.url, context, username, STAFF_PATHS.search);

const search = async (page: Page, q: string) => {
  await page.getByLabel('Reference, name, phone number, email address or postcode').fill(q);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForLoadState('load');
};

const found = (page: Page) =>
  page.$$eval('.app-search-results a[href^="/staff/submissions/"]', (links) =>
    links.map((a) => a.textContent?.trim() ?? ''),
  );

const noSidewaysScroll = async (page: Page) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1024, height: 800 });
  return width;
};

describe.each([
  ['JavaScript off', false],
  ['JavaScript on', true],
])('finding a case, %s', (_, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  const axe = () => (javaScriptEnabled ? axeViolations(page) : axeViolationsWithoutJs(browser, page));

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled });
    page = await signIn(context, 'restorative-justice');
  });
  afterAll(() => context?.close());

  it('shows the search box, accessible and without sideways scrolling at 320 px', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Find a case');
    expect(await axe()).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320);
  });

  it('finds a tenant by phone number however it is written, and lists it with a count', async () => {
    await search(page, '+44 7700 900432');
    expect(await found(page)).toEqual([reference]);
    await expect(page.locator('#found').textContent()).resolves.toBe(
      '1 case found by phone number in your team',
    );
    expect(await axe()).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320);
  });

  it('says what to do when there is too little to search by', async () => {
    await search(page, 'ab');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter at least 3 characters',
    );
    await expect(page.title()).resolves.toMatch(/^Error: Find a case/);
    expect(await axe()).toEqual([]);
  });

  it('opens the case straight away for its reference', async () => {
    await search(page, reference.toLowerCase());
    await page.waitForURL(`${twin.url}${STAFF_PATHS.submission(reference)}`);
  });
});

describe('another team', () => {
  it('searching the same number finds nothing', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      javaScriptEnabled: false,
    });
    try {
      const page = await signIn(context, 'youth-justice');
      await search(page, '07700900432');
      expect(await found(page)).toEqual([]);
      await expect(page.locator('#found').textContent()).resolves.toBe(
        '0 cases found by phone number in your team',
      );
    } finally {
      await context.close();
    }
  });
});
