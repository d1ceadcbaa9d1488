import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS } from '../../functions/contract/service-contract.ts';
import { FORMS } from '../../functions/forms/registry.ts';
import { localisedPath } from '../../functions/i18n/languages.ts';
import { REFERENCE_PATTERN } from '../../functions/submissions/reference.ts';
import { readInbox } from '../../local/ses-local.ts';
import { englishLeftOn } from '../support/english-left.ts';
import { PLANS } from './support/answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { fillByKeyboard, tabTo } from './support/keyboard.ts';
import { NOT_FOUND_PAGE, STATIC_PAGES } from './support/pages.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/** Each form in Welsh, end to end in Chromium, with and without JavaScript. */

const MIN_FILL_MS = serviceConfig.spam.minFillSeconds * 1000 + 300;
const welsh = (path: string) => localisedPath(path, 'cy');
/** Every static page is published in both languages. */
const BILINGUAL = STATIC_PAGES;
/** Pages that answer at one address in every language, a section each. */
const ONE_ADDRESS = [NOT_FOUND_PAGE, PATHS.serviceProblem];

let twin: E2eTwin;
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
  withJs = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  withoutJs = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

const open = async (context: BrowserContext, path: string) => {
  const page = await context.newPage();
  await page.goto(`${twin.url}${path}`, { waitUntil: 'load' });
  return { page, openedAt: Date.now() };
};

const waitForMinimumFillTime = async (openedAt: number) => {
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
};

/** A Welsh confirmation; the record keeps Welsh and the team's email says so first. */
const expectWelshConfirmation = async (page: Page, formId: string, js: boolean) => {
  await page.waitForURL(/\/confirmation\?reference=.*&lang=cy$/);
  expect(await page.getAttribute('html', 'lang')).toBe('cy');
  await expect(page.locator('h1').textContent()).resolves.toMatch(/wedi’i anfon$/);
  expect(englishLeftOn(await page.content())).toEqual([]);
  expect(await (js ? axeViolations(page) : axeViolationsWithoutJs(browser, page))).toEqual([]);
  const reference = (await page.locator('[data-reference]').textContent())?.trim() ?? '';
  expect(reference).toMatch(REFERENCE_PATTERN);
  const record = await twin.record(reference);
  expect(record?.formId).toBe(formId);
  expect(record?.language).toBe('cy');
  const email = await twin.emailFor(reference);
  const all = (await readInbox(twin.inboxUrl)).filter((e) => e.subject.includes(reference));
  const team = all.find((e) => e.subject.includes('[Welsh] New ')) ?? email;
  expect(team.subject).toMatch(/\[Welsh\] New /);
  expect(team.body.text).toContain('Language for contact: Welsh (Cymraeg)');
  return reference;
};

describe.concurrent.each(FORMS.map((f) => [f.id, f] as const))('the %s form in Welsh', (formId, form) => {
  const plan = PLANS[formId] ?? {};

  it('is filled and sent with JavaScript, through a Welsh Check your answers', async () => {
    const { page, openedAt } = await open(withJs, welsh(PATHS.form(formId)));
    await fillByKeyboard(page, plan, 'Parhau');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-check-view] h1').textContent()).resolves.toBe(
      'Gwiriwch eich atebion cyn anfon',
    );
    expect(await page.title()).toMatch(/^Gwiriwch eich atebion – /);
    await expect(
      page.locator('[data-check-view] .govuk-summary-list__actions a').first().textContent(),
    ).resolves.toMatch(/^Newid/);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Anfon');
    await waitForMinimumFillTime(openedAt);
    await page.keyboard.press('Enter');
    await expectWelshConfirmation(page, formId, true);
    await page.close();
  });

  it('is filled and sent without JavaScript, by a plain form post', async () => {
    const { page, openedAt } = await open(withoutJs, welsh(PATHS.form(formId)));
    await fillByKeyboard(page, plan, 'Anfon');
    await waitForMinimumFillTime(openedAt);
    await page.keyboard.press('Enter');
    await expectWelshConfirmation(page, formId, false);
    await page.close();
  });

  it('with JavaScript, sent empty, shows the Welsh error summary and inline errors', async () => {
    const { page } = await open(withJs, welsh(PATHS.form(formId)));
    await page.getByRole('button', { name: 'Parhau' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('h2').textContent()).resolves.toBe('Mae problem');
    expect(await page.title()).toMatch(/^Gwall: /);
    const required = form.sections.flatMap((s) => s.questions).filter((q) => q.required && !q.showIf);
    expect(await page.locator('.govuk-error-message').count()).toBe(required.length);
    const messages = await summary.locator('a').allTextContents();
    for (const message of messages) expect(message).toMatch(/^(Rhowch|Dewiswch|Rhaid) /);
    await expect(page.locator('.govuk-error-message').first().textContent()).resolves.toMatch(/^Gwall: /);
    expect(englishLeftOn(await page.content())).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript, sent empty, comes back from the API in Welsh', async () => {
    const { page } = await open(withoutJs, welsh(PATHS.form(formId)));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Anfon' }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForLoadState('load');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.title()).toMatch(/^Gwall: /);
    await expect(page.locator('.govuk-error-summary h2').textContent()).resolves.toBe('Mae problem');
    expect(englishLeftOn(await page.content())).toEqual([]);
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.close();
  });
});

describe.concurrent('the language switch', () => {
  it.each(BILINGUAL.map((p) => [p]))('on %s leads to the same page in Welsh and back', async (path) => {
    const { page } = await open(withJs, path);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.govuk-language-navigation a', { hasText: 'Cymraeg' }).click();
    await page.waitForURL(`${twin.url}${welsh(path)}`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator(`link[rel="alternate"][hreflang="en"]`).getAttribute('href')).toBe(
      new URL(path, serviceConfig.siteUrl).href,
    );
    expect(englishLeftOn(await page.content())).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.govuk-language-navigation a', { hasText: 'English' }).click();
    await page.waitForURL(`${twin.url}${path}`);
    await page.close();
  });

  it('keeps Welsh form pages out of every cache, as the English ones (the start page may be kept)', async () => {
    for (const form of FORMS) {
      for (const path of [welsh(PATHS.form(form.id)), welsh(PATHS.form(form.id)).replace(/\/$/, '')]) {
        const response = await fetch(`${twin.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cache-control'), path).toBe('no-store');
      }
    }
    expect((await fetch(`${twin.url}${welsh(PATHS.home)}`)).headers.get('cache-control')).toBeNull();
  });

  it('on the privacy notice names the teams and the periods in Welsh', async () => {
    const { page } = await open(withoutJs, welsh(PATHS.privacy));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of Object.values(serviceConfig.inLanguages.cy?.teams ?? {})) expect(text).toContain(name);
    const referralRow = page.locator('tr', { hasText: 'Gofyn am gyfiawnder adferol' }).first();
    await expect(referralRow.locator('li').allTextContents()).resolves.toEqual([
      'Tîm Cyfiawnder Adferol',
      'Gwasanaeth Cyfiawnder Ieuenctid',
    ]);
    expect(text).toMatch(/2 flynedd/);
    expect(await page.locator(`a[href="mailto:${serviceConfig.contact.email}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each(ONE_ADDRESS.map((p) => [p]))('is not needed on %s, which says it in Welsh too', async (path) => {
    const { page } = await open(withJs, path);
    const welshPart = page.locator('[lang="cy"]');
    await expect(welshPart.locator('h2').textContent()).resolves.toMatch(/\S/);
    expect(englishLeftOn(await welshPart.innerHTML())).toEqual([]);
    expect(await welshPart.locator('a[href="/cy/"]').count()).toBe(1);
    await page.close();
  });

  it('on a confirmation keeps the reference', async () => {
    const reference = 'RJ-7KQM-4XPD';
    const { page } = await open(withJs, PATHS.confirmation('referral', reference, 'cy'));
    await page.locator('.govuk-language-navigation a', { hasText: 'English' }).click();
    await page.waitForURL(`${twin.url}${PATHS.confirmation('referral', reference)}`);
    await expect(page.locator('[data-reference]').textContent()).resolves.toBe(reference);
    await page.close();
  });
});
