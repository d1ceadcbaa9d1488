import { readFileSync } from 'node:fs';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { findForm } from '../../functions/forms/registry.ts';
import { FUNNEL_MEASURES } from '../../functions/reporting/funnel-definitions.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { tallyKey } from '../../functions/storage/erased-tallies.ts';
import { buildRecord } from '../../functions/submissions/record.ts';
import { monthName } from '../../functions/time/times.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

let twin: E2eTwin;
let browser: Browser;

/**
 * The twin runs from 20 November 2026, whatever day the test runs on. The page opens on this month
 * so far (November), last month one link away (October): records are put on its 2nd, one contacted
 * on the 3rd.
 */
const TWIN_STARTS = new Date('2026-11-20T12:00:00Z');
const lastMonth = new Date('2026-10-02T10:00:00Z');
const LAST_MONTH = '2026-10';
const THIS_MONTH = '2026-11';

beforeAll(async () => {
  [twin, browser] = await Promise.all([
    startE2eTwin({ clock: clockStartingAt(TWIN_STARTS) }),
    launchBrowser(),
  ]);
  const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  const referral = findForm('referral');
  const nuisance = findForm('nuisance');
  if (!referral || !nuisance) throw new Error('forms');
  const put = (Item: object) => documents.send(new PutCommand({ TableName: twin.tableName, Item }));
  const contacted = `${LAST_MONTH}-03`;
  await put({
    ...buildRecord(referral, serviceConfig, VALID_ANSWERS.referral ?? {}, 'RJ-REPT-0001', lastMonth),
    steps: [
      { id: 'a', step: 'first-contact', on: contacted, by: 'sub', recordedAt: `${contacted}T10:00:00Z` },
    ],
  });
  await put(buildRecord(referral, serviceConfig, VALID_ANSWERS.referral ?? {}, 'RJ-REPT-0002', lastMonth));
  await put(buildRecord(nuisance, serviceConfig, VALID_ANSWERS.nuisance ?? {}, 'NR-REPT-0001', lastMonth));
  documents.destroy();
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

/** Opens the report (this month so far, issue 20), then last month by its link. */
const lastMonthReport = async (page: Page) => {
  await page.getByRole('link', { name: 'Report' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe(`Report for ${monthName(THIS_MONTH)}`);
  await expect(page.locator('main').textContent()).resolves.toContain('This month so far.');
  await page.getByRole('link', { name: `Last month: ${monthName(LAST_MONTH)}` }).click();
};

const signIn = (context: BrowserContext, username: string): Promise<Page> =>
  signInAs(twin.url, context, username, STAFF_PATHS.inbox);

describe('the report page', () => {
  it('shows an admin every team’s progress for last month, with definitions and a CSV of the same', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await signIn(context, 'admins');
    await lastMonthReport(page);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Report for ${monthName(LAST_MONTH)}`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Progress: Restorative Justice Team, Restorative justice referral (2 received)');
    expect(main).toContain('Progress: Anti-social Behaviour Team, Neighbour nuisance report (1 received)');
    const firstContact = page.locator('tr', { hasText: 'First contact made' }).first();
    await expect(firstContact.textContent()).resolves.toContain('50% (1 of 2)');
    expect(main).toContain(FUNNEL_MEASURES.open.definition);
    expect(main).not.toContain('RJ-REPT');
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('First contact made,1,2,50');
    expect(csv).not.toContain('RJ-REPT');
    await context.close();
  });

  it('shows a team lead their own team only, and says which month is wrong', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'team-lead');
    await lastMonthReport(page);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Progress: Restorative Justice Team, Restorative justice referral (2 received)');
    expect(main).not.toContain('Anti-social Behaviour Team');
    // The month is chosen with a plain GET form: no script needed.
    await page.getByLabel('Month').selectOption(LAST_MONTH);
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(`Report for ${monthName(LAST_MONTH)}`);
    expect(await axeViolationsWithoutJs(browser, page)).toEqual([]);
    const wrong = await page.goto(`${twin.url}${STAFF_PATHS.report}?month=1999-01`);
    expect(wrong?.status()).toBe(400);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Choose a month from the list',
    );
    await context.close();
  });

  it('refuses a team member who is not a lead', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'restorative-justice');
    await expect(page.getByRole('link', { name: 'Report' }).count()).resolves.toBe(0);
    const refused = await page.goto(`${twin.url}${STAFF_PATHS.report}`);
    expect(refused?.status()).toBe(404);
    await context.close();
  });

  it('gives the same figures after a referral is erased, saying how many were since erased', async () => {
    const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
    // Deleted as an erasure or DynamoDB's TTL deletes it: the twin's tally feed counts it from the stream.
    await documents.send(new DeleteCommand({ TableName: twin.tableName, Key: { pk: 'RJ-REPT-0002' } }));
    const deadline = Date.now() + 120_000;
    const tally = () =>
      documents.send(new GetCommand({ TableName: twin.tableName, Key: { pk: tallyKey(LAST_MONTH) } }));
    while (!(await tally()).Item) {
      if (Date.now() > deadline) throw new Error('the removal was never tallied');
      await new Promise((r) => setTimeout(r, 200));
    }
    documents.destroy();
    const context = await browser.newContext();
    const page = await signIn(context, 'admins');
    await lastMonthReport(page);
    // The report lists records through the by-form index, which (on AWS too) may still hold a deleted
    // item for a moment after its tally is written: the page settles on the same figures.
    const settled = async () => {
      await page.reload();
      return (await page.locator('main').textContent()) ?? '';
    };
    await expect
      .poll(settled, { timeout: 30_000, interval: 500 })
      .toContain(
        'Progress: Restorative Justice Team, Restorative justice referral (2 received, of which since erased: 1)',
      );
    const main = (await page.locator('main').textContent()) ?? '';
    const firstContact = page.locator('tr', { hasText: 'First contact made' }).first();
    await expect(firstContact.textContent()).resolves.toContain('50% (1 of 2)');
    expect(main).toContain(FUNNEL_MEASURES.erased.definition);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('First contact made,1,2,50');
    expect(csv).toContain('Of which since erased,1,2,50');
    await context.close();
  }, 180_000);
});
