import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_GROUP, STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { FUNNEL_MEASURES } from '../../functions/reporting/funnel-definitions.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { PATIENT_TEST_MS } from '../support/patience.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * Issue 20's "done when": a caseworker's day in the workspace, on a 320 px screen, with JavaScript
 * and without. The twin runs from Friday 20 November 2026, whatever day the test runs on.
 */
const TWIN_STARTS = new Date('2026-11-20T12:00:00Z');

let twin: E2eTwin;
let browser: Browser;

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

/** A neighbour nuisance report from a tenant who marked only phone calls as safe (no voicemail). */
const report = async (landlord: 'housing-association' | 'council', name: string, phone: string) => {
  const response = await fetch(`${twin.url}/api/forms/nuisance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...VALID_ANSWERS.nuisance, landlord, name, phone, formOpenMs: '5000' }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

const signIn = (context: BrowserContext, username: string, landsOn: string) =>
  signInAs(twin.url, context, username, STAFF_PATHS.signIn, landsOn);

const banner = (page: Page) => page.locator('.govuk-notification-banner').first().textContent();

/** Every page and state: axe clean (without JavaScript, as the snapshot given), and nothing scrolls sideways at 320 px. */
const checked = async (page: Page, js: boolean) => {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(js ? await axeViolations(page) : await axeViolationsWithoutJs(browser, page)).toEqual([]);
};

const fillDate = async (page: Page, prefix: string, [day, month, year]: [string, string, string]) => {
  await page.locator(`input[name="${prefix}-day"]`).fill(day);
  await page.locator(`input[name="${prefix}-month"]`).fill(month);
  await page.locator(`input[name="${prefix}-year"]`).fill(year);
};

const setFollowUp = async (page: Page, reference: string, on: [string, string, string], what: string) => {
  await page.goto(`${twin.url}${STAFF_PATHS.followUp(reference)}`);
  await fillDate(page, 'on', on);
  await page.getByLabel('What for').fill(what);
  await page.getByRole('button', { name: 'Save the follow-up' }).click();
  await expect(banner(page)).resolves.toContain('Follow-up saved');
};

const recordStep = async (page: Page, step: string, then?: (page: Page) => Promise<void>) => {
  await page.getByRole('link', { name: 'Record the next step' }).click();
  await page.getByLabel(step, { exact: true }).check();
  await then?.(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The step has been recorded.');
};

const search = async (page: Page, typed: string) => {
  await page.getByLabel('Find a case').fill(typed);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForLoadState('load');
};

/** The admin's report for this month (the CSV of the page): one number of one team's nuisance reports. */
const reportFigure = async (
  teamName: string,
  measure: string,
  group: string,
): Promise<string | undefined> => {
  const context = await browser.newContext();
  const page = await signIn(context, ADMIN_GROUP, STAFF_PATHS.myWork);
  await page.goto(`${twin.url}${STAFF_PATHS.report}`);
  const href = await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
  const csv = await (await context.request.get(new URL(href ?? '', twin.url).toString())).text();
  await context.close();
  const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  return rows.find(
    (r) =>
      r.Section?.startsWith(`Progress: ${teamName}, Neighbour nuisance report`) &&
      r.Measure === measure &&
      r.Group === group,
  )?.Count;
};

interface Day {
  js: boolean;
  team: string;
  teamName: string;
  landlord: 'housing-association' | 'council';
  otherTeam: string;
  /** The tenant's number as they gave it, and as the caseworker types it. */
  phone: string;
  typed: string;
}

const caseworkersDay = (day: Day) => async () => {
  const tenant = await report(day.landlord, 'Jordan Tenant', day.phone);
  const earlier = [
    await report(day.landlord, 'Sam Earlier', '01632 960 700'),
    await report(day.landlord, 'Kim Earlier', '01632 960 701'),
  ];
  // Earlier work, set in another session: two follow-ups due today.
  const before = await browser.newContext({ javaScriptEnabled: day.js });
  const earlierPage = await signIn(before, day.team, STAFF_PATHS.myWork);
  for (const reference of earlier)
    await setFollowUp(earlierPage, reference, ['20', '11', '2026'], 'Ring back');
  await before.close();

  const context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    javaScriptEnabled: day.js,
  });
  // Signing in lands on My work: the two follow-ups due.
  const page = await signIn(context, day.team, STAFF_PATHS.myWork);
  await expect(page.locator('h1').textContent()).resolves.toBe('My work');
  const due = page.locator('#follow-ups ~ dl').first();
  expect(await due.locator('.govuk-summary-list__row').count()).toBe(2);
  for (const reference of earlier) await expect(due.textContent()).resolves.toContain(reference);
  await checked(page, day.js);

  // Finds the tenant by phone number, typed another way, from the inbox.
  await page.getByRole('link', { name: 'Inbox' }).click();
  await search(page, day.typed);
  await expect(page.locator('#found').textContent()).resolves.toContain('1 case found by phone number');
  expect(page.url()).toBe(`${twin.url}${STAFF_PATHS.search}`);
  await checked(page, day.js);
  await page.getByRole('link', { name: tenant }).click();
  await expect(page.locator('h1').textContent()).resolves.toContain(tenant);

  // A failed call is logged; a voicemail they did not allow is refused.
  await page.getByRole('link', { name: 'Log a contact attempt' }).click();
  await page.locator('input[name="way"][value="phone"]').check();
  await page.locator('input[name="outcome"][value="no-answer"]').check();
  await checked(page, day.js);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The contact attempt has been logged.');
  await page.getByRole('link', { name: 'Log a contact attempt' }).click();
  await page.locator('input[name="way"][value="phone"]').check();
  await page.locator('input[name="outcome"][value="left-message"]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
    'They did not mark voicemail as safe',
  );
  await checked(page, day.js);

  // A note, and a follow-up for next week.
  await page.goto(`${twin.url}${STAFF_PATHS.submission(tenant)}`);
  await page.getByRole('link', { name: 'Add a note' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Noise worst after midnight; try again Monday');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The note has been added.');
  await setFollowUp(page, tenant, ['27', '11', '2026'], 'Call again');
  await checked(page, day.js);

  // Paused while the police investigate: the funnel counts it paused, not closed.
  await page.goto(`${twin.url}${STAFF_PATHS.submission(tenant)}`);
  await recordStep(page, 'Paused', async (step) => {
    await step.locator('input[name="detail-paused"][value="live-case"]').check();
    await fillDate(step, 'review-on', ['4', '12', '2026']);
    await checked(step, day.js);
  });
  await checked(page, day.js);
  expect(await reportFigure(day.teamName, FUNNEL_MEASURES.paused.measure, 'Paused on the report day')).toBe(
    '1',
  );

  // Resumed, then closed: the funnel counts it closed, and paused no more.
  await recordStep(page, 'Resumed');
  await recordStep(page, 'Closed', async (step) => {
    await step.locator('input[name="detail-closed"][value="resolved"]').check();
  });
  await expect(page.locator('main').textContent()).resolves.toContain('Closed (Resolved)');
  await checked(page, day.js);
  expect(await reportFigure(day.teamName, FUNNEL_MEASURES.paused.measure, 'Paused on the report day')).toBe(
    '0',
  );
  expect(await reportFigure(day.teamName, FUNNEL_MEASURES.closures.measure, 'Resolved')).toBe('1');
  const stored = await twin.record(tenant);
  expect(stored?.steps?.map((e) => e.step)).toEqual(['paused', 'resumed', 'closed']);
  expect(stored?.timeline?.map((e) => e.kind)).toEqual(['attempt', 'note']);
  await context.close();

  // Another team searching the same number finds nothing.
  const other = await browser.newContext({
    viewport: { width: 320, height: 800 },
    javaScriptEnabled: day.js,
  });
  const otherPage = await signIn(other, day.otherTeam, STAFF_PATHS.myWork);
  await otherPage.getByRole('link', { name: 'Inbox' }).click();
  await search(otherPage, day.typed);
  await expect(otherPage.locator('#found').textContent()).resolves.toContain('found by phone number');
  expect(await otherPage.locator('#found ~ ul a').count()).toBe(0);
  expect(await otherPage.content()).not.toContain(tenant);
  await checked(otherPage, day.js);
  await other.close();
};

// Side by side (maxConcurrency): each run is its own team's day, so neither sees the other's work.
describe.concurrent("a caseworker's day: My work, search, contact attempts, a note, a follow-up, pause, resume, close", () => {
  it(
    'without JavaScript (the anti-social behaviour team)',
    caseworkersDay({
      js: false,
      team: 'community-safety',
      teamName: 'Anti-social Behaviour Team',
      landlord: 'housing-association',
      otherTeam: 'tenancy-council',
      phone: '01632 960 123',
      typed: '+44 1632 960123',
    }),
    4 * PATIENT_TEST_MS,
  );

  it(
    'with JavaScript (the council tenancy team)',
    caseworkersDay({
      js: true,
      team: 'tenancy-council',
      teamName: 'Council Tenancy Management',
      landlord: 'council',
      otherTeam: 'community-safety',
      phone: '01632 960 456',
      typed: '(01632) 960-456',
    }),
    4 * PATIENT_TEST_MS,
  );
});
