import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { RETURN_PATHS } from '../../functions/contract/service-contract.ts';
import type { Language } from '../../functions/i18n/languages.ts';
import { newReturnCode, returnCodeHash } from '../../functions/returning/return-code.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { readInbox } from '../../local/ses-local.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

let twin: E2eTwin;
let browser: Browser;

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

/**
 * A nuisance report sent through the twin, given a return code as the submit function gives one
 * for a form with a way back (slice 21-actions gives the forms theirs: until then, the code's hash
 * is written here as submit would write it).
 */
const sentWithCode = async (
  answers: Record<string, string | string[]> = {},
): Promise<{ reference: string; code: string }> => {
  const response = await fetch(`${twin.url}/api/forms/nuisance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...VALID_ANSWERS.nuisance, ...answers, formOpenMs: '5000' }),
  });
  const { reference } = (await response.json()) as { reference: string };
  const code = newReturnCode();
  const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  await documents.send(
    new UpdateCommand({
      TableName: twin.tableName,
      Key: { pk: reference },
      UpdateExpression: 'SET returnCodeHash = :hash',
      ExpressionAttributeValues: { ':hash': returnCodeHash(twin.hashKey, reference, code) },
    }),
  );
  documents.destroy();
  return { reference, code };
};

const WORDS = {
  en: {
    reference: 'Reference number',
    code: 'Return code',
    continue: 'Continue',
    heading: 'What you sent',
    received: 'We have received it.',
    wrong: 'The reference number or return code is not right.',
    signOut: 'Sign out',
    signedOut: 'You have signed out',
    signIn: 'Come back to what you sent',
    exit: 'Exit this page',
    emailLink: 'Email me a link instead',
    email: 'Email address',
    send: 'Email me a link',
    checkEmail: 'Check your email',
  },
  cy: {
    reference: 'Cyfeirnod',
    code: 'Cod dychwelyd',
    continue: 'Parhau',
    heading: 'Yr hyn a anfonoch',
    received: 'Rydym wedi’i gael.',
    wrong: 'Nid yw’r cyfeirnod na’r cod dychwelyd yn gywir.',
    signOut: 'Allgofnodi',
    signedOut: 'Rydych wedi allgofnodi',
    signIn: 'Dod yn ôl at yr hyn a anfonoch',
    exit: 'Gadael y dudalen hon',
    emailLink: 'Anfonwch ddolen ataf drwy e-bost yn lle hynny',
    email: 'Cyfeiriad e-bost',
    send: 'Anfonwch ddolen ataf',
    checkEmail: 'Gwiriwch eich e-bost',
  },
} as const;

/** A context whose exit site is answered locally, so nothing leaves the machine. */
const newContext = async (js: boolean): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: js });
  await context.route(`${serviceConfig.exitPageUrl}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!DOCTYPE html><title>Weather</title><h1>Weather</h1>',
    }),
  );
  return context;
};

const axeClean = async (page: Page, js: boolean) =>
  expect(js ? await axeViolations(page) : await axeViolationsWithoutJs(browser, page)).toEqual([]);

const signIn = async (page: Page, language: Language, reference: string, code: string) => {
  const words = WORDS[language];
  await page.getByLabel(words.reference).fill(reference);
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.continue }).click();
};

describe.each([
  ['English', 'en', true],
  ['English', 'en', false],
  ['Welsh', 'cy', true],
  ['Welsh', 'cy', false],
] as const)('coming back in %s (%s, JavaScript on: %s)', (_name, language, js) => {
  const words = WORDS[language];

  it('signs in with the reference and code, shows where it stands, and signs out leaving the session ended', async () => {
    const { reference, code } = await sentWithCode();
    const context = await newContext(js);
    const page = await context.newPage();
    await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    await axeClean(page, js);

    // A wrong code: one plain problem, the reference kept, the code never.
    await signIn(page, language, reference, 'AAAA-BBBB-CCCC');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(words.wrong);
    expect(await page.getByLabel(words.reference).inputValue()).toBe(reference);
    expect(await page.getByLabel(words.code).inputValue()).toBe('');
    await axeClean(page, js);

    // Typed as a person might: small letters and spaces.
    await signIn(page, language, reference.toLowerCase(), code.toLowerCase().replaceAll('-', ' '));
    await page.waitForURL(`${twin.url}${RETURN_PATHS.start(language)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(words.heading);
    await expect(page.locator('[data-standing]').textContent()).resolves.toContain(words.received);
    expect(await page.content()).not.toContain('Loud music');
    const exit = page.getByRole('button', { name: words.exit });
    expect(await exit.getAttribute('href')).toBe(RETURN_PATHS.exit(language));
    await axeClean(page, js);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'return-session')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: RETURN_PATHS.prefix(language),
    });

    await page.getByRole('link', { name: words.signOut }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(words.signedOut);
    await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(words.signIn);
    await context.close();
  });

  it('signs in with a one-time link emailed to the address marked safe, only once Continue is pressed', async () => {
    const email = `link-${randomUUID()}@example.com`;
    const { reference } = await sentWithCode({ safeWays: ['email'], email, wantsConfirmation: 'no' });
    const context = await newContext(js);
    const page = await context.newPage();
    await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
    await page.getByRole('link', { name: words.emailLink }).click();
    await axeClean(page, js);
    await page.getByLabel(words.reference).fill(reference);
    await page.getByLabel(words.email).fill(email.toUpperCase());
    await page.getByRole('button', { name: words.send }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(words.checkEmail);
    await axeClean(page, js);

    const mail = (await readInbox(twin.inboxUrl)).find((e) => e.destination.to.includes(email));
    const path = /(\/(?:cy\/)?return\/link\?token=[A-Za-z0-9_-]+)/.exec(mail?.body.text ?? '')?.[1];
    expect(path?.startsWith(RETURN_PATHS.link(language))).toBe(true);
    await page.goto(`${twin.url}${path}`);
    // Opening the link signs nobody in: a scanner that follows it leaves it for the person.
    expect((await context.cookies()).find((c) => c.name === 'return-session')).toBeUndefined();
    await axeClean(page, js);
    await page.getByRole('button', { name: words.continue }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(words.heading);
    await context.close();
  });

  it('leaves for the exit site on Exit this page, and the session is over', async () => {
    const { reference, code } = await sentWithCode();
    const context = await newContext(js);
    const page = await context.newPage();
    await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
    await signIn(page, language, reference, code);
    await expect(page.locator('h1').textContent()).resolves.toBe(words.heading);
    // The exit ends the session and sends the browser on (Playwright cannot answer a redirect's
    // target for it, so the 303 itself is what is checked; nothing leaves the machine).
    const [left] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${twin.url}${RETURN_PATHS.exit(language)}`),
      page.getByRole('button', { name: words.exit }).click(),
    ]);
    expect(left.status()).toBe(303);
    expect(left.headers().location).toBe(serviceConfig.exitPageUrl);
    const again = await context.newPage();
    await again.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
    await expect(again.locator('h1').textContent()).resolves.toBe(words.signIn);
    await context.close();
  });
});
