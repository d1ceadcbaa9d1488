import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS } from '../../functions/contract/service-contract.ts';
import { FORMS } from '../../functions/forms/registry.ts';
import { catalogueKeys, wholeCatalogue } from '../../functions/i18n/catalogue-keys.ts';

const EXIT_PAGE_URL = serviceConfig.exitPageUrl;

import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { CONFIRMATION_PAGES, EXIT_PAGES, NOT_FOUND_PAGE, STATIC_PAGES } from './support/pages.ts';
import { SITE_DIST } from './support/site-build.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

const ALL_PAGES = [...STATIC_PAGES, ...CONFIRMATION_PAGES, NOT_FOUND_PAGE];
const BUDGET_BYTES = 40 * 1024;

let twin: E2eTwin;
let browser: Browser;
let context: BrowserContext;
/** Every request any page made, to prove nothing leaves the site. */
const requested: string[] = [];

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
  context = await browser.newContext();
  context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const open = async (path: string, width = 1280): Promise<Page> => {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${twin.url}${path}`, { waitUntil: 'load' });
  return page;
};

const htmlFile = (path: string) => join(SITE_DIST, path, 'index.html');

describe('the built site', () => {
  it('keeps no words in its script: every one comes from the page, in its language', () => {
    const script = readFileSync(join(SITE_DIST, 'assets/site.js'), 'utf8');
    // GOV.UK Frontend's components bring their own English defaults; pages give them data-i18n.
    const govuk = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js', 'utf8');
    const welsh = wholeCatalogue('cy');
    // Each fixed stretch of words (between placeholders) of 12 characters or more, in both languages.
    const stretches = (key: string, text: string) =>
      text
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .filter((part) => part.length >= 12 && !govuk.includes(part))
        .map((part) => [key, part] as const);
    const inScript = catalogueKeys()
      .flatMap(({ key, english }) => [...stretches(key, english), ...stretches(key, welsh[key] ?? '')])
      .filter(([, part]) => script.includes(part))
      .map(([key, part]) => `${key}: ${part}`);
    expect(inScript).toEqual([]);
  });

  it.each(STATIC_PAGES.map((p) => [p]))(
    '%s has no inline script, inline style or third-party asset',
    (path) => {
      const html = readFileSync(htmlFile(path), 'utf8');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style[\s>]/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(
        /(?:src|href)="(?:https?:)?\/\/(?![^"]*bbc\.co\.uk\/weather)[^"]*"[^>]*(?:rel="stylesheet"|<\/script>)/,
      );
    },
  );

  it.each(FORMS.map((f) => [f.id]))(
    'the %s form page, with its CSS and JS, is at most 40 KB gzipped',
    (formId) => {
      const html = readFileSync(htmlFile(PATHS.form(formId)), 'utf8');
      const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(
        (m) => m[1] as string,
      );
      const files = [htmlFile(PATHS.form(formId)), ...assets.map((a) => join(SITE_DIST, a))];
      const sizes = files.map((f) => gzipSync(readFileSync(f)).length);
      const total = sizes.reduce((a, b) => a + b, 0);
      console.info(
        `${formId}: ${files.map((f, i) => `${f.replace(SITE_DIST, '')} ${sizes[i]}`).join(', ')}; total ${total} bytes gzipped`,
      );
      expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
      expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    },
  );

  /** A page's HTML with the CSS and JS it loads, gzipped, as the budget above counts it. */
  const pageWeight = (path: string): number => {
    const html = readFileSync(htmlFile(path), 'utf8');
    const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    return [htmlFile(path), ...assets.map((a) => join(SITE_DIST, a))]
      .map((f) => gzipSync(readFileSync(f)).length)
      .reduce((a, b) => a + b, 0);
  };

  it.each(
    serviceConfig.languages
      .filter((language) => language !== 'en')
      .flatMap((language) => STATIC_PAGES.map((path) => [path, language])),
  )('%s in %s weighs within five per cent of the English page', (path, language) => {
    const english = pageWeight(path);
    const other = pageWeight(`/${language}${path}`);
    console.info(
      `${path}: English ${english} bytes, ${language} ${other} bytes gzipped (${((other / english - 1) * 100).toFixed(1)}%)`,
    );
    expect(Math.abs(other - english) / english).toBeLessThanOrEqual(0.05);
  });
});

describe.concurrent('every page', () => {
  it.each(ALL_PAGES.map((p) => [p]))('%s has no axe violations (WCAG 2.2 AA)', async (path) => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(ALL_PAGES.map((p) => [p]))('%s does not scroll sideways at 320 CSS pixels', async (path) => {
    const page = await open(path, 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it.each(FORMS.map((f) => [PATHS.form(f.id)]))(
    '%s without JavaScript (every follow-up showing) has no axe violations and fits 320 pixels',
    async (path) => {
      const noJs = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 320, height: 800 },
      });
      const page = await noJs.newPage();
      await page.goto(`${twin.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
      await noJs.close();
    },
  );

  it('answers a page that does not exist with 404 and the site’s own page', async () => {
    const response = await fetch(`${twin.url}${NOT_FOUND_PAGE}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});

// After every page above has been opened (its tests run three at a time; this one waits for them).
describe('what every page loaded', () => {
  it('was nothing from other sites, and no cookie', async () => {
    const local = requested.filter((url) => url.startsWith(twin.url));
    expect(local.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(twin.url))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

describe.concurrent('Exit this page', () => {
  /** A separate context whose exit site is answered locally, so no request leaves the machine. */
  const exitContext = async () => {
    const ctx = await browser.newContext();
    await ctx.route(`${EXIT_PAGE_URL}**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!DOCTYPE html><title>Weather</title><h1>Weather</h1>',
      }),
    );
    return ctx;
  };

  it.each(EXIT_PAGES.map((p) => [p]))('is on %s', async (path) => {
    const html = await (await fetch(`${twin.url}${path}`)).text();
    expect(html).toContain('govuk-exit-this-page__button');
    expect(html).toContain(`href="${EXIT_PAGE_URL}"`);
  });

  it('is not on the feedback form, which is not sensitive', async () => {
    const html = await (await fetch(`${twin.url}${PATHS.form('feedback')}`)).text();
    expect(html).not.toContain('govuk-exit-this-page');
  });

  it('leaves the site when clicked', async () => {
    const ctx = await exitContext();
    const page = await ctx.newPage();
    await page.goto(`${twin.url}${PATHS.form('referral')}`);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(`${EXIT_PAGE_URL}**`);
    expect(page.url().startsWith(EXIT_PAGE_URL)).toBe(true);
    await ctx.close();
  });

  it('leaves no trace: the form is emptied, Back does not return to it, and it is never stored', async () => {
    const ctx = await exitContext();
    const page = await ctx.newPage();
    const first = await page.goto(`${twin.url}${PATHS.form('nuisance')}`);
    expect(first?.headers()['cache-control']).toBe('no-store');
    await page.getByLabel('Your name').fill('Someone who must not be found');
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(`${EXIT_PAGE_URL}**`);
    // The form page was replaced in the history: Back leaves the exit site for where it came from.
    await page.goBack().catch(() => undefined);
    expect(page.url().startsWith(`${twin.url}${PATHS.form('nuisance')}`)).toBe(false);
    expect(await page.content()).not.toContain('Someone who must not be found');
    await ctx.close();
  });

  it('leaves the site when Shift is pressed three times', async () => {
    const ctx = await exitContext();
    const page = await ctx.newPage();
    await page.goto(`${twin.url}${PATHS.form('nuisance')}`);
    await page.getByLabel('Your name').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${EXIT_PAGE_URL}**`);
    expect(page.url().startsWith(EXIT_PAGE_URL)).toBe(true);
    await ctx.close();
  });
});
