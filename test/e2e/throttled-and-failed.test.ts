import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS } from '../../functions/contract/service-contract.ts';
import { type Language, localisedPath } from '../../functions/i18n/languages.ts';
import { t } from '../../functions/i18n/ui.ts';
import { tooManyPage, WAF_BODY_LIMIT } from '../../infra/stacks/waf-stack.ts';
import { englishLeftOn } from '../support/english-left.ts';
import { PLANS } from './support/answers.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { fillByKeyboard } from './support/keyboard.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * On AWS a throttled or failed post may come back with a page, not JSON: WAF's 429 for a browser
 * asking for HTML, CloudFront's 5xx page (infra/constructs/site-distribution.ts,
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

const sendAnswered = async (
  status: number,
  contentType: string,
  body: string,
  language: Language = 'en',
): Promise<Page> => {
  const page = await withJs.newPage();
  await page.goto(`${twin.url}${localisedPath(PATHS.form('feedback'), language)}`, { waitUntil: 'load' });
  const words = { continue: t(language, 'form.continue'), send: t(language, 'form.send') };
  await fillByKeyboard(page, PLANS.feedback ?? {}, words.continue);
  await page.keyboard.press('Enter');
  await page.route(`**${PATHS.submit('feedback', language)}`, (route) =>
    route.fulfill({ status, contentType, body }),
  );
  await page.getByRole('button', { name: words.send }).click();
  await page.locator('.govuk-error-summary').waitFor();
  return page;
};

const TOO_MANY = /have not been sent: wait a few minutes/;
const UNAVAILABLE = /could not be sent.*try again in a few minutes/s;

describe.concurrent('a post throttled or failed at the edge, with JavaScript', () => {
  for (const [name, status, contentType, body, expected] of [
    ['a WAF 429 page', 429, 'text/html', tooManyPage(serviceConfig), TOO_MANY],
    [
      'a WAF 429 in JSON',
      429,
      'application/json',
      JSON.stringify({ errors: [{ field: '', message: 'x' }] }),
      TOO_MANY,
    ],
    ["API Gateway's own 429", 429, 'application/json', '{"message":"Too Many Requests"}', TOO_MANY],
    [
      'a CloudFront 503 page',
      503,
      'text/html',
      '<!doctype html><title>Sorry</title><h1>Sorry</h1>',
      UNAVAILABLE,
    ],
    ['an empty 502', 502, 'text/plain', '', UNAVAILABLE],
  ] as const) {
    it(`shows a clear message and keeps the answers after ${name}`, async () => {
      const page = await sendAnswered(status, contentType, body);
      const summary = page.locator('.govuk-error-summary');
      expect(await summary.textContent()).toMatch(expected);
      // Nothing of the page or JSON it was given shows.
      expect(await summary.textContent()).not.toMatch(/Too Many Requests|<h1>|Sorry<\/title>|\bx\b/);
      await page.getByRole('button', { name: 'Continue' }).waitFor({ state: 'attached' });
      expect(await page.locator('#wentWell').inputValue()).toBe(PLANS.feedback?.wentWell);
      await page.close();
    });
  }

  it('says a 429 in Welsh on a Welsh form, whatever the firewall sent', async () => {
    const page = await sendAnswered(429, 'text/html', tooManyPage(serviceConfig), 'cy');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(t('cy', 'form.tooMany'));
    await page.close();
  });
});

describe.concurrent("WAF's own page for a browser over the limit", () => {
  it('fits in a WAF body, speaks every offered language and passes axe', async () => {
    const html = tooManyPage(serviceConfig);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(WAF_BODY_LIMIT);
    const page = await withJs.newPage();
    await page.setContent(html);
    for (const language of serviceConfig.languages) {
      const section = page.locator(`[lang="${language}"]`);
      await expect(section.locator('p').first().textContent()).resolves.toBe(t(language, 'form.tooMany'));
      expect(await section.locator(`a[href="${localisedPath(PATHS.home, language)}"]`).count()).toBe(1);
    }
    expect(englishLeftOn(await page.locator('[lang="cy"]').innerHTML())).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.concurrent("CloudFront's page for a failed request", () => {
  for (const [path, heading] of [
    [PATHS.serviceProblem, 'Sorry, there is a problem with the service'],
  ] as const) {
    it(`${path} says what happened, offers a way on and passes axe`, async () => {
      const page = await withJs.newPage();
      const response = await page.goto(`${twin.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('main').textContent()).toMatch(/have not been sent/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
