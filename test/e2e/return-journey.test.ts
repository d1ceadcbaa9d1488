import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { PATHS, RETURN_PATHS, STAFF_PATHS } from '../../functions/contract/service-contract.ts';
import { type Language, localisedPath } from '../../functions/i18n/languages.ts';
import { REFERENCE_PATTERN } from '../../functions/submissions/reference.ts';
import { type InboxEmail, readInbox } from '../../local/ses-local.ts';
import { englishLeftOn } from '../support/english-left.ts';
import { PATIENCE_MS } from '../support/patience.ts';
import { PLANS } from './support/answers.ts';
import { axeViolations, axeViolationsWithoutJs } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import type { Plan } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * Issue 21's "Done when", driven end to end in Chromium on one twin: a nuisance report sent through
 * the site, its return code read off the confirmation page, back in at /return/, two incidents added
 * (the first is the second report within six months, so the Case Review notice follows it), the safe
 * ways changed, Exit this page; then the team sees one case with both incidents in order and the new
 * safe ways as the current ones. In English with JavaScript, and shorter in Welsh without it.
 */

const MIN_FILL_MS = serviceConfig.spam.minFillSeconds * 1000 + 300;

let twin: E2eTwin;
let browser: Browser;

beforeAll(async () => {
  [twin, browser] = await Promise.all([startE2eTwin(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await twin?.stop();
});

/** A context whose exit site is answered locally, so nothing leaves the machine. */
const newContext = async (javaScriptEnabled: boolean): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled });
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

/**
 * Answers a page's questions by their field names, in the plan's (the page's) order, so a follow-up
 * is revealed (with JavaScript) before it is filled: checkboxes and radios by value, a date's day,
 * month and year boxes from YYYY-MM-DD, anything else typed. Quicker than the keyboard tests' Tab
 * walk, which forms.test.ts already proves.
 */
const fill = async (page: Page, plan: Plan): Promise<void> => {
  for (const [name, answer] of Object.entries(plan)) {
    const choices = page.locator(
      `input[name="${name}"][type="checkbox"], input[name="${name}"][type="radio"]`,
    );
    if ((await choices.count()) > 0) {
      for (const value of Array.isArray(answer) ? answer : [answer])
        await page.locator(`input[name="${name}"][value="${value}"]`).check();
      continue;
    }
    const [year, month, day] = String(answer).split('-');
    if ((await page.locator(`input[name="${name}-day"]`).count()) > 0) {
      await page.locator(`input[name="${name}-day"]`).fill(String(Number(day)));
      await page.locator(`input[name="${name}-month"]`).fill(String(Number(month)));
      await page.locator(`input[name="${name}-year"]`).fill(String(year));
      continue;
    }
    await page.locator(`main [name="${name}"]`).fill(String(answer));
  }
};

/**
 * The report: safe by text and email, with the confirmation email asked for. Each journey has its
 * own address: the service sends one address only so many confirmations a day (confirmation-gate.ts).
 */
const report = (email: string): Plan => {
  const { safeWays, phone, ...rest } = PLANS.nuisance ?? {};
  const contact = { safeWays: ['text', 'email'], phone, email, wantsConfirmation: 'yes' };
  // In page order: the safe ways, then the details they need.
  const ordered: Plan = {};
  for (const [key, value] of Object.entries(rest)) {
    ordered[key] = value;
    if (key === 'address') Object.assign(ordered, contact);
  }
  return ordered;
};

const INCIDENTS: [Plan, Plan] = [
  {
    happenedOn: '2026-11-28',
    happenedAt: 'About 11pm',
    behaviours: ['noise', 'other'],
    behaviourOther: 'Shouting in the stairwell',
    description: 'First since: music through the wall until 2am.',
    impact: 'No sleep again before work.',
  },
  {
    happenedOn: '2026-12-03',
    behaviours: ['threats'],
    description: 'Second since: a note pushed under the door.',
    impact: 'Frightened to go out.',
  },
];

const NEW_CONTACT: Plan = { safeWays: ['phone'], phone: '07700 900 456', contactTimes: 'Not before 10am' };

const WORDS = {
  en: {
    continue: 'Continue',
    send: 'Send',
    reference: 'Reference number',
    code: 'Return code',
    status: 'What you sent',
    signIn: 'Come back to what you sent',
    add: 'Tell us about something that has happened since',
    contact: 'Change how we contact you safely',
    sent: 'Your update has been sent',
    contactSent: 'Your new contact details have been sent',
    more: 'Go back to what you can do',
    notice: 'You can ask for an anti-social behaviour case review',
    exit: 'Exit this page',
  },
  cy: {
    continue: 'Parhau',
    send: 'Anfon',
    reference: 'Cyfeirnod',
    code: 'Cod dychwelyd',
    status: 'Yr hyn a anfonoch',
    signIn: 'Dod yn ôl at yr hyn a anfonoch',
    add: 'Dweud wrthym am rywbeth sydd wedi digwydd ers hynny',
    contact: 'Newid sut rydym yn cysylltu â chi’n ddiogel',
    sent: 'Mae eich diweddariad wedi’i anfon',
    contactSent: 'Mae eich manylion cyswllt newydd wedi’u hanfon',
    more: 'Mynd yn ôl i’r hyn y gallwch ei wneud',
    notice: 'Gallwch ofyn am adolygiad achos ymddygiad gwrthgymdeithasol',
    exit: 'Gadael y dudalen hon',
  },
} as const;

/** Sends the nuisance report through the site and reads the reference and return code off the confirmation. */
const sendReport = async (page: Page, language: Language, js: boolean, email: string) => {
  const words = WORDS[language];
  await page.goto(`${twin.url}${localisedPath(PATHS.form('nuisance'), language)}`, { waitUntil: 'load' });
  const openedAt = Date.now();
  await fill(page, report(email));
  if (js) {
    await page.getByRole('button', { name: words.continue }).click();
    await page.locator('[data-check-view] h1').waitFor();
  }
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await page.waitForTimeout(left);
  await page.getByRole('button', { name: words.send, exact: true }).click();
  await page.waitForURL(/\/confirmation\?reference=/);
  const reference = (await page.locator('[data-reference]').textContent())?.trim() ?? '';
  expect(reference).toMatch(REFERENCE_PATTERN);
  const code = (await page.locator('[data-return-code]').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
  // Shown once: the confirmation page again has no code.
  await page.reload();
  expect(await page.locator('[data-return-code]').count()).toBe(0);
  return { reference, code };
};

const signIn = async (page: Page, language: Language, reference: string, code: string) => {
  const words = WORDS[language];
  await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
  await expect(page.locator('h1').textContent()).resolves.toBe(words.signIn);
  await page.getByLabel(words.reference).fill(reference);
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.continue }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe(words.status);
};

/** From the status page: opens the add page, fills an incident, sends it; the page after. */
const addIncident = async (page: Page, language: Language, js: boolean, incident: Plan) => {
  const words = WORDS[language];
  await page.getByRole('link', { name: words.add }).click();
  await page.waitForURL(`${twin.url}${RETURN_PATHS.action('add', language)}`);
  await axeClean(page, js);
  await fill(page, incident);
  await page.getByRole('button', { name: words.send, exact: true }).click();
  await expect(page.locator('.govuk-panel__title').textContent()).resolves.toContain(words.sent);
};

const notice = (page: Page) => page.locator('[data-case-review-notice]');

/** Waits for the emails about a reference sent to one address (the notifier sends from the stream). */
const emailsTo = async (reference: string, address: string, count: number): Promise<InboxEmail[]> => {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = (await readInbox(twin.inboxUrl)).filter(
      (e) => e.subject.includes(reference) && e.destination.to.includes(address),
    );
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe.concurrent('coming back after sending (issue 21)', () => {
  it('in English with JavaScript: two incidents, the Case Review notice, new safe ways, exit; the team sees one case', async () => {
    const words = WORDS.en;
    const context = await newContext(true);
    const page = await context.newPage();
    const { reference, code } = await sendReport(page, 'en', true, 'alex@example.com');

    await signIn(page, 'en', reference, code);
    await axeClean(page, true);

    // The first incident since is the second report within six months: the notice, with its link.
    await expect(page.getByRole('link', { name: words.add }).count()).resolves.toBe(1);
    await addIncident(page, 'en', true, INCIDENTS[0]);
    await expect(notice(page).locator('h2').textContent()).resolves.toBe(words.notice);
    expect(await notice(page).locator('a').getAttribute('href')).toBe(PATHS.form('case-review'));
    await axeClean(page, true);

    // The second: kept, and the notice is not given twice.
    await page.getByRole('link', { name: words.more }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(words.status);
    await addIncident(page, 'en', true, INCIDENTS[1]);
    expect(await notice(page).count()).toBe(0);

    // They asked for a confirmation by a safe email: the notice comes that way too, once, and the team
    // is told. Waited for before the safe ways change, as the notice is never sent to an address
    // no longer marked safe when the notifier reads the case.
    const [, toldByEmail, ...more] = await emailsTo(reference, 'alex@example.com', 2);
    expect(toldByEmail?.body.text).toContain(`${twin.url}${PATHS.form('case-review')}`);
    expect(more).toEqual([]);
    expect((await twin.emailFor(`An update to ${reference}`)).body.text).not.toContain('First since');

    // New safe ways: phone only, no more email or text.
    await page.getByRole('link', { name: words.more }).click();
    await page.getByRole('link', { name: words.contact }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(words.contact);
    await axeClean(page, true);
    await fill(page, NEW_CONTACT);
    await page.getByRole('button', { name: words.send, exact: true }).click();
    await expect(page.locator('.govuk-panel__title').textContent()).resolves.toContain(words.contactSent);
    await axeClean(page, true);

    // Exit this page ends the session (the 303 on to the exit site is what is checked).
    const [left] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${twin.url}${RETURN_PATHS.exit('en')}`),
      page.getByRole('button', { name: words.exit }).click(),
    ]);
    expect(left.status()).toBe(303);
    const again = await context.newPage();
    await again.goto(`${twin.url}${RETURN_PATHS.start('en')}`);
    await expect(again.locator('h1').textContent()).resolves.toBe(words.signIn);
    await again.goto(`${twin.url}${RETURN_PATHS.action('add', 'en')}`);
    await expect(again.locator('h1').textContent()).resolves.toBe(words.signIn);
    await context.close();

    // The team: one case, both incidents in order, the new safe ways current and the old not.
    const staff = await newContext(true);
    const casePage = await signInAs(twin.url, staff, 'community-safety', STAFF_PATHS.submission(reference));
    await expect(casePage.locator('h1').textContent()).resolves.toBe(reference);
    // The ways at the top are the new ones; the details first given are kept but marked not current.
    const safe = (await casePage.locator('.app-safe-contact').textContent()) ?? '';
    expect(safe).toContain('Contact only by: phone call.');
    expect(safe).toContain('Do not send text messages.');
    expect(safe).toContain('Do not email.');
    expect(safe).toContain('Times to avoid: Not before 10am');
    const notCurrent = await casePage.locator('.app-not-current').allTextContents();
    expect(notCurrent.some((row) => row.includes('alex@example.com'))).toBe(true);
    expect(notCurrent.some((row) => row.includes('07700 900 982'))).toBe(true);
    const changed = (await casePage.locator('.app-changed').allTextContents()).join('\n');
    expect(changed).toContain('07700 900 456');
    const added = (await casePage.locator('main').textContent()) ?? '';
    const [first, second] = [added.indexOf('First since:'), added.indexOf('Second since:')];
    expect(first).toBeGreaterThan(added.indexOf('Added since they sent it'));
    expect(second).toBeGreaterThan(first);
    expect(added).toContain('Shouting in the stairwell');
    const record = await twin.record(reference);
    expect(record?.additions?.map((a) => a.kind)).toEqual(['incident', 'incident', 'contact']);
    expect(record?.additions?.[0]?.answers).toMatchObject({
      happenedOn: '2026-11-28',
      behaviours: ['noise', 'other'],
    });
    expect(record?.caseReviewNoticeAt).toBe(record?.additions?.[0]?.at);

    await staff.close();
  });

  it('in Welsh without JavaScript at /cy/return/: an incident added, the sent page and notice in Welsh', async () => {
    const words = WORDS.cy;
    const context = await newContext(false);
    const page = await context.newPage();
    const { reference, code } = await sendReport(page, 'cy', false, 'alex.cy@example.com');
    await signIn(page, 'cy', reference, code);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(englishLeftOn(await page.content())).toEqual([]);
    await axeClean(page, false);

    // Sent with answers missing: the page again, in Welsh, with what was typed and its problems.
    await page.getByRole('link', { name: words.add }).click();
    await fill(page, { description: 'Hanner stori' });
    await page.getByRole('button', { name: words.send, exact: true }).click();
    await expect(page.locator('.govuk-error-summary h2').textContent()).resolves.toBe('Mae problem');
    expect(await page.locator('main [name="description"]').inputValue()).toBe('Hanner stori');
    expect(englishLeftOn(await page.content())).toEqual([]);
    await axeClean(page, false);
    await page
      .locator(`a[href="${RETURN_PATHS.start('cy')}"]`)
      .last()
      .click();
    expect(await twin.record(reference).then((r) => r?.additions)).toBeUndefined();

    await addIncident(page, 'cy', false, INCIDENTS[0]);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await expect(notice(page).locator('h2').textContent()).resolves.toBe(words.notice);
    expect(await notice(page).locator('a').getAttribute('href')).toBe(
      localisedPath(PATHS.form('case-review'), 'cy'),
    );
    expect(englishLeftOn(await page.content())).toEqual([]);
    await axeClean(page, false);
    expect(await page.getByRole('button', { name: words.exit }).getAttribute('href')).toBe(
      RETURN_PATHS.exit('cy'),
    );
    const record = await twin.record(reference);
    expect(record?.additions?.[0]).toMatchObject({ kind: 'incident', language: 'cy' });

    // The notice's link is the Welsh Case Review form.
    await notice(page).locator('a').click();
    await page.waitForURL(`${twin.url}${localisedPath(PATHS.form('case-review'), 'cy')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('form').count()).toBeGreaterThan(0);
    await context.close();
  });
});
