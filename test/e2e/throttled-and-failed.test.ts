import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../functions/contract/service-contract.ts';
import { tooManyPage } from '../../infra/stacks/waf-stack.ts';
import { PLANS } from './support/answers.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { fillByKeyboard } from './support/keyboard.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * On AWS a throttled or failed post may come back with a page, not JSON: WAF's 429 for a browser
 * asking for HTML, CloudFront's own 429 and 5xx pages (infra/constructs/site-distribution.ts,
 * ERROR_PAGES). The twin has no edge, so the browser is given those answers here; the site's
 * script must still say clearly what happened and keep every answer.
 */
let twin: E2eTwin;
let browser: Browser;
let withJs: BrowserContext;

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
  withJs = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const sendAnswered = async (status: number, contentType: string, body: string): Promise<Page> => {
  const page = await withJs.newPage();
  await page.goto(`${twin.url}${PATHS.form('feedback')}`, { waitUntil: 'load' });
  await fillByKeyboard(page, PLANS.feedback ?? {}, 'Continue');
  await page.keyboard.press('Enter');
  await page.route(`**${PATHS.submit('feedback')}`, (route) => route.fulfill({ status, contentType, body }));
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  return page;
};

describe('a post throttled or failed at the edge, with JavaScript', () => {
  for (const [name, status, contentType, body] of [
    ['a WAF 429 page', 429, 'text/html', tooManyPage('Too many requests.')],
    ['a CloudFront 503 page', 503, 'text/html', '<!doctype html><title>Sorry</title><h1>Sorry</h1>'],
    ["API Gateway's own 429", 429, 'application/json', '{"message":"Too Many Requests"}'],
    ['an empty 502', 502, 'text/plain', ''],
  ] as const) {
    it(`shows a clear message and keeps the answers after ${name}`, async () => {
      const page = await sendAnswered(status, contentType, body);
      const summary = page.locator('.govuk-error-summary');
      expect(await summary.textContent()).toMatch(/could not be sent.*try again in a few minutes/s);
      // Nothing of the page or JSON it was given shows.
      expect(await summary.textContent()).not.toMatch(/Too Many Requests|<h1>|Sorry<\/title>/);
      await page.getByRole('button', { name: 'Continue' }).waitFor({ state: 'attached' });
      expect(await page.locator('#wentWell').inputValue()).toBe(PLANS.feedback?.wentWell);
      await page.close();
    });
  }

  it("shows WAF's own message when it answers JSON, as it does for a script", async () => {
    const message = 'Too many requests have come from your network. Please wait a few minutes and try again.';
    const page = await sendAnswered(
      429,
      'application/json',
      JSON.stringify({ errors: [{ field: '', message }] }),
    );
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(message);
    await page.close();
  });
});

describe("CloudFront's pages for a throttled or failed request", () => {
  for (const [path, heading] of [
    [PATHS.tooManyRequests, 'Too many requests'],
    [PATHS.serviceProblem, 'Sorry, there is a problem with the service'],
  ] as const) {
    it(`${path} says what happened, offers a way on and passes axe`, async () => {
      const page = await withJs.newPage();
      const response = await page.goto(`${twin.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBe(heading);
      expect(await page.locator('main').textContent()).toMatch(/have not been sent/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
