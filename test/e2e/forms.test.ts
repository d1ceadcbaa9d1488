import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS } from '../../functions/contract/service-contract.ts';
import { FORMS } from '../../functions/forms/registry.ts';
import { REFERENCE_PATTERN } from '../../functions/submissions/reference.ts';
import { PLANS } from './support/answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { fillByKeyboard, tabTo } from './support/keyboard.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * The handler treats a form sent sooner than minFillSeconds after the page opened as a bot's and
 * keeps it apart as suspected: stored, but never sent to the team. Keyboard filling can be quicker than that,
 * so each test waits until the minimum has passed (plus a margin) before sending, as a person would.
 */
const MIN_FILL_MS = serviceConfig.spam.minFillSeconds * 1000 + 300;

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

const openForm = async (context: BrowserContext, formId: string) => {
  const page = await context.newPage();
  await page.goto(`${twin.url}${PATHS.form(formId)}`, { waitUntil: 'load' });
  return { page, openedAt: Date.now() };
};

const waitForMinimumFillTime = async (openedAt: number) => {
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
};

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The confirmation page shows a reference that is stored in DynamoDB and named in an email. */
const expectConfirmed = async (page: Page, formId: string) => {
  await page.waitForURL(/\/confirmation\?reference=/);
  await expect(page.locator('h1').textContent()).resolves.toMatch(/sent$/);
  const reference = (await page.locator('[data-reference]').textContent())?.trim() ?? '';
  expect(reference).toMatch(REFERENCE_PATTERN);
  const record = await twin.record(reference);
  expect(record?.formId).toBe(formId);
  expect(record?.answers).toEqual(PLANS[formId]);
  const email = await twin.emailFor(reference);
  expect(email.subject).toContain(reference);
};

const errorSummaryTargets = (page: Page) =>
  page.$$eval('.govuk-error-summary a', (links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));

describe.concurrent.each(FORMS.map((f) => [f.id, f] as const))('the %s form', (formId, form) => {
  const plan = PLANS[formId] ?? {};

  it('can be completed by keyboard with JavaScript, through Check your answers', async () => {
    const { page, openedAt } = await openForm(withJs, formId);
    await fillByKeyboard(page, plan, 'Continue');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-check-view] h1').textContent()).resolves.toBe(
      'Check your answers before sending',
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Send');
    await waitForMinimumFillTime(openedAt);
    const sent = page.waitForRequest((r) => r.method() === 'POST');
    await page.keyboard.press('Enter');
    // The fill time goes as a duration from the page's own monotonic clock, not a time of day.
    const { formOpenMs } = (await sent).postDataJSON() as { formOpenMs: string };
    expect(Number(formOpenMs)).toBeGreaterThanOrEqual(serviceConfig.spam.minFillSeconds * 1000);
    await expectConfirmed(page, formId);
    await page.close();
  });

  it('can be completed by keyboard without JavaScript, by a plain form post', async () => {
    const { page, openedAt } = await openForm(withoutJs, formId);
    await fillByKeyboard(page, plan, 'Send');
    await waitForMinimumFillTime(openedAt);
    await page.keyboard.press('Enter');
    await expectConfirmed(page, formId);
    await page.close();
  });

  it('with JavaScript, sent empty, shows the error summary focused, each link moving focus to its question', async () => {
    const { page } = await openForm(withJs, formId);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(
      true,
    );
    await expect(summary.locator('h2').textContent()).resolves.toBe('There is a problem');
    expect(await page.title()).toMatch(/^Error: /);
    const targets = await errorSummaryTargets(page);
    const required = form.sections.flatMap((s) => s.questions).filter((q) => q.required && !q.showIf);
    expect(targets).toEqual(required.map((q) => q.id));
    expect(await page.locator('.govuk-error-message').count()).toBe(targets.length);
    expect(await axeViolations(page)).toEqual([]);
    for (const [i, target] of targets.entries()) {
      await summary.locator('a').nth(i).click();
      expect(await activeElementId(page)).toBe(target);
    }
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('without JavaScript, sent with missing answers, is shown again by the handler with its problems and answers', async () => {
    const { page } = await openForm(withoutJs, formId);
    const firstText = form.sections.flatMap((s) => s.questions).find((q) => q.type === 'text' && !q.showIf);
    if (firstText) await page.locator(`#${firstText.id}`).fill('Kept answer');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForLoadState('load');
    expect(await page.title()).toMatch(/^Error: /);
    await expect(page.locator('.govuk-error-summary h2').textContent()).resolves.toBe('There is a problem');
    const targets = await errorSummaryTargets(page);
    expect(targets.length).toBeGreaterThan(0);
    expect(await page.locator('.govuk-error-message').count()).toBe(targets.length);
    if (firstText) expect(await page.locator(`#${firstText.id}`).inputValue()).toBe('Kept answer');
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe.concurrent('problems only the handler can find', () => {
  it('with JavaScript, are shown in place after Send, keeping every answer', async () => {
    const { page, openedAt } = await openForm(withJs, 'feedback');
    await fillByKeyboard(page, { ...PLANS.feedback, email: 'not-an-email' }, 'Continue');
    await page.keyboard.press('Enter');
    await waitForMinimumFillTime(openedAt);
    await page.getByRole('button', { name: 'Send' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(
      true,
    );
    expect(await errorSummaryTargets(page)).toEqual(['email']);
    await expect(page.locator('#email-error').textContent()).resolves.toContain(
      'Enter an email address in the correct format',
    );
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('#wentWell').inputValue()).toBe(PLANS.feedback?.wentWell);
    expect(await page.locator('#name').inputValue()).toBe('Pat');
    expect(await axeViolations(page)).toEqual([]);
    await summary.locator('a').first().click();
    expect(await activeElementId(page)).toBe('email');
    await page.close();
  });
});

describe.concurrent('a reply lost after the answers were stored', () => {
  /** Sends the feedback form once; the handler stores it, but the browser never hears back. */
  const sendAndLoseTheReply = async () => {
    const { page, openedAt } = await openForm(withJs, 'feedback');
    await fillByKeyboard(page, PLANS.feedback ?? {}, 'Continue');
    await page.keyboard.press('Enter');
    await waitForMinimumFillTime(openedAt);
    let stored = '';
    await page.route(`**${PATHS.submit('feedback')}`, async (route) => {
      stored = ((await (await route.fetch()).json()) as { reference: string }).reference;
      await route.abort('failed');
    });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await page.unroute(`**${PATHS.submit('feedback')}`);
    expect(stored).toMatch(REFERENCE_PATTERN);
    return { page, stored };
  };

  const sendAgain = async (page: Page) => {
    // The Send button becomes Continue again, and GOV.UK's data-prevent-double-click ignores a
    // second press of it within a second: a person reading the error is slower than that.
    await page.waitForTimeout(1_100);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/confirmation\?reference=/);
    return (await page.locator('[data-reference]').textContent())?.trim() ?? '';
  };

  it('sent again unchanged, gets the reference already stored, and no second record', async () => {
    const { page, stored } = await sendAndLoseTheReply();
    expect(await sendAgain(page)).toBe(stored);
    await page.close();
  });

  it('changed and sent again, is stored with the change under a new reference', async () => {
    const { page, stored } = await sendAndLoseTheReply();
    await page.locator('#wentWell').fill('Changed after the failed send');
    const reference = await sendAgain(page);
    expect(reference).not.toBe(stored);
    expect((await twin.record(reference))?.answers.wentWell).toBe('Changed after the failed send');
    await page.close();
  });
});

describe.concurrent('a date question (the nuisance report’s most recent incident)', () => {
  /** The plan with the date left out, and the date typed into its three boxes as given. */
  const withDate = async (page: Page, day: string, month: string, year: string, stopAt: string) => {
    const { mostRecent: _, ...rest } = PLANS.nuisance ?? {};
    await fillByKeyboard(page, rest, stopAt);
    await page.locator('#mostRecent').fill(day);
    await page.locator('#mostRecent-month').fill(month);
    await page.locator('#mostRecent-year').fill(year);
  };

  const expectMonthMissing = async (page: Page, day: string) => {
    await expect(page.locator('#mostRecent-error').textContent()).resolves.toContain(
      'The date it last happened must include a month',
    );
    expect(await page.locator('#mostRecent-month').getAttribute('class')).toContain('govuk-input--error');
    expect(await page.locator('#mostRecent').getAttribute('class')).not.toContain('govuk-input--error');
    expect(await page.locator('#mostRecent').inputValue()).toBe(day);
    expect(await page.locator('#mostRecent-year').inputValue()).toBe('2026');
    expect(await errorSummaryTargets(page)).toEqual(['mostRecent']);
  };

  it('without JavaScript, a missing month is named and only the month box is marked', async () => {
    const { page, openedAt } = await openForm(withoutJs, 'nuisance');
    await withDate(page, '7', '', '2026', 'Send');
    await waitForMinimumFillTime(openedAt);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForLoadState('load');
    await expectMonthMissing(page, '7');
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    await page.close();
  });

  it('with JavaScript, shows the date written out on Check your answers, and the handler’s message in place', async () => {
    const { page, openedAt } = await openForm(withJs, 'nuisance');
    await withDate(page, '20', '9', '2026', 'Continue');
    await page.getByRole('button', { name: 'Continue' }).click();
    const row = page.locator('.govuk-summary-list__row', { hasText: 'When did it last happen?' });
    await expect(row.locator('.govuk-summary-list__value').textContent()).resolves.toBe('20 September 2026');
    await row.getByRole('link', { name: /Change/ }).click();
    await page.locator('#mostRecent-month').fill('');
    // GOV.UK's data-prevent-double-click ignores a second press of the button within a second.
    await page.waitForTimeout(1_100);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForMinimumFillTime(openedAt);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectMonthMissing(page, '20');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.concurrent('a form page that lost its script words (a cached or altered page)', () => {
  it('still opens its follow-up questions and posts to the API as it would without script', async () => {
    const page = await withJs.newPage();
    await page.route(`**${PATHS.form('nuisance')}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/ data-words="[^"]*"/, '');
      await route.fulfill({ response, body });
    });
    await page.goto(`${twin.url}${PATHS.form('nuisance')}`, { waitUntil: 'load' });
    expect(await page.locator('form[data-words]').count()).toBe(0);
    const association = page.locator('#housingAssociation');
    expect(await association.isVisible()).toBe(false);
    await page.locator('input[name="landlord"][value="housing-association"]').check();
    await association.waitFor({ state: 'visible' });
    // Not taken over: the button still says Send and a post goes to the API, not to Check your answers.
    await expect(page.locator('form[data-form] button[type="submit"]').textContent()).resolves.toBe('Send');
    await page.locator('form[data-form] button[type="submit"]').click();
    await page.waitForURL(`${twin.url}${PATHS.submit('nuisance')}`);
    await expect(page.locator('.govuk-error-summary').count()).resolves.toBe(1);
    await page.close();
  });
});
