/**
 * `npm run screenshots`: builds the site, starts the local twin in memory, and saves a full-page
 * PNG of every page at phone (375 px) and desktop (1280 px) widths into docs/screenshots/, plus
 * a form's error state and "Check your answers", and the staff workspace's inbox and a submission
 * (signed in through the twin's own OpenID provider), and the Welsh pages (names ending -cy).
 * docs/site.md and the README show them. `npm run screenshots -- cy` takes only the shots whose
 * names contain one of the words given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PATHS, RETURN_PATHS, RETURN_SESSION, STAFF_PATHS } from '../functions/contract/service-contract.ts';
import { FORMS } from '../functions/forms/registry.ts';
import { localisedPath } from '../functions/i18n/languages.ts';
import { logger } from '../functions/observability/logger.ts';
import { LOCAL_STAFF_PASSWORD } from '../local/staff-accounts.ts';
import { startTwin } from '../local/twin.ts';
import { PLANS } from '../test/e2e/support/answers.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { fillByKeyboard } from '../test/e2e/support/keyboard.ts';
import { buildSite, SITE_DIST } from '../test/e2e/support/site-build.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';

const OUT = 'docs/screenshots';
const WIDTHS = { phone: 375, desktop: 1280 } as const;

/** An example reference in the service's format, so confirmation pages look as they will. */
const EXAMPLE_REFERENCE: Record<string, string> = {
  referral: 'RJ-7KQM-4XPD',
  nuisance: 'NR-3HTW-9BCF',
  feedback: 'FB-M8RZ-2KQE',
};

type Shot = { name: string; path: string; prepare?: (page: Page) => Promise<void> };

const shots: Shot[] = [
  { name: 'home', path: PATHS.home },
  { name: 'restorative-justice', path: PATHS.about },
  ...FORMS.map((f) => ({ name: `form-${f.id}`, path: PATHS.form(f.id) })),
  ...FORMS.map((f) => ({
    name: `confirmation-${f.id}`,
    path: PATHS.confirmation(f.id, EXAMPLE_REFERENCE[f.id] ?? `${f.referencePrefix}-7KQM-4XPD`),
  })),
  { name: 'online-safety', path: PATHS.onlineSafety },
  { name: 'privacy', path: PATHS.privacy },
  { name: 'accessibility', path: PATHS.accessibility },
  { name: 'not-found', path: '/no-such-page/' },
  {
    name: 'form-referral-errors',
    path: PATHS.form('referral'),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'form-nuisance-check-answers',
    path: PATHS.form('nuisance'),
    prepare: async (page) => {
      await fillByKeyboard(page, PLANS.nuisance ?? {}, 'Continue');
      await page.keyboard.press('Enter');
      await page.locator('[data-check-view]').waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  // Cymraeg: the start page, a form, its problems and its confirmation.
  { name: 'home-cy', path: localisedPath(PATHS.home, 'cy') },
  { name: 'form-referral-cy', path: localisedPath(PATHS.form('referral'), 'cy') },
  { name: 'privacy-cy', path: localisedPath(PATHS.privacy, 'cy') },
  {
    name: 'form-referral-errors-cy',
    path: localisedPath(PATHS.form('referral'), 'cy'),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Parhau' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  { name: 'confirmation-referral-cy', path: PATHS.confirmation('referral', 'RJ-7KQM-4XPD', 'cy') },
  // Coming back (issue 21): signing in, and a wrong code's one plain answer, in each language.
  { name: 'return-sign-in', path: RETURN_PATHS.start() },
  {
    name: 'return-sign-in-wrong',
    path: RETURN_PATHS.start(),
    prepare: async (page) => {
      await page.getByLabel('Reference number').fill('NR-3HTW-9BCF');
      await page.getByLabel('Return code').fill('7KQM 4XPD 9T2B');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('.govuk-error-summary').waitFor();
    },
  },
  { name: 'return-sign-in-cy', path: RETURN_PATHS.start('cy') },
  // "Email me a link instead": asking for a link, and the page the emailed link opens (any token
  // shows it; only its Continue takes the token, so this example one is never looked up).
  { name: 'return-email-link', path: RETURN_PATHS.emailLink() },
  { name: 'return-link-continue', path: `${RETURN_PATHS.link()}?token=${'x'.repeat(43)}` },
  // What a person can do once back in: where it stands, adding an incident, and the page after it,
  // here the second report within six months, so with the ASB Case Review notice.
  { name: 'return-status', path: RETURN_PATHS.start(), prepare: (page) => signedBackIn(page) },
  {
    name: 'return-add',
    path: RETURN_PATHS.start(),
    prepare: async (page) => {
      await signedBackIn(page);
      await page.goto(new URL(RETURN_PATHS.action('add'), page.url()).href);
    },
  },
  {
    name: 'return-sent-case-review',
    path: RETURN_PATHS.start(),
    prepare: async (page) => {
      await signedBackIn(page);
      await page.goto(new URL(RETURN_PATHS.action('add'), page.url()).href);
      await fillByName(page, INCIDENT);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.locator('[data-case-review-notice]').waitFor();
    },
  },
];

/**
 * A nuisance report sent as a script would, with the return code its answer carries to the
 * confirmation page (a cookie for that page alone, read here instead), then signed back in with it
 * on the page given: a fresh case each time, so each width's pages look alike.
 */
let reportsSent = 0;
async function signedBackIn(page: Page): Promise<void> {
  const site = new URL(page.url()).origin;
  const response = await fetch(`${site}/api/forms/nuisance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Each a report of its own (the same answers again would be taken for the same report sent twice).
    body: JSON.stringify({ ...VALID_ANSWERS.nuisance, name: `Alex ${++reportsSent}`, formOpenMs: '5000' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${RETURN_SESSION.codeCookie}=`));
  const [reference = '', code = ''] = (cookie?.split(';')[0]?.split('=')[1] ?? '').split('.');
  // Whoever the last shot signed in as leaves first.
  await page.goto(`${site}${RETURN_PATHS.signOut()}`);
  await page.goto(`${site}${RETURN_PATHS.start()}`);
  await page.getByLabel('Reference number').fill(reference);
  await page.getByLabel('Return code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('[data-standing]').waitFor();
}

/** An incident as a person might add one (a day that is always in the past). */
const INCIDENT: Record<string, string | string[]> = {
  'happenedOn-day': '14',
  'happenedOn-month': '11',
  'happenedOn-year': '2026',
  happenedAt: 'About 11pm',
  behaviours: ['noise'],
  description: 'Music through the wall again until 2am, and shouting on the stairs.',
  impact: 'None of us slept; I was late for work.',
};

/** Answers fields by name: choices ticked by value, anything else typed. */
const fillByName = async (page: Page, answers: Record<string, string | string[]>) => {
  for (const [name, answer] of Object.entries(answers)) {
    if (Array.isArray(answer))
      for (const value of answer) await page.locator(`input[name="${name}"][value="${value}"]`).check();
    else await page.locator(`main [name="${name}"]`).fill(answer);
  }
};

/** Words given after `--` pick the shots whose names contain one of them. */
const only = process.argv.slice(2);
const wanted = (shot: Shot) => only.length === 0 || only.some((word) => shot.name.includes(word));

/**
 * Shrinks a PNG to a 256-colour palette (about 2.5 times smaller) with sharp, which Astro brings
 * as an optional dependency; without it the PNG is kept as the browser wrote it.
 */
const loadShrinker = async (): Promise<(png: Buffer) => Promise<Buffer>> => {
  try {
    const sharp = (await import('sharp')).default;
    return (png) => sharp(png).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer();
  } catch {
    return async (png) => png;
  }
};

/** A few submissions for the workspace to show, sent as a script would. */
const seedSubmissions = async (url: string): Promise<string[]> => {
  const send = async (formId: string, answers: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/forms/${formId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...answers, formOpenMs: '5000' }),
    });
    return ((await response.json()) as { reference: string }).reference;
  };
  return [
    await send('referral', VALID_ANSWERS.referral ?? {}),
    await send('referral', { ...VALID_ANSWERS.referral, stillAtRisk: 'yes', name: 'Jo' }),
    await send('nuisance', VALID_ANSWERS.nuisance ?? {}),
    await send('feedback', VALID_ANSWERS.feedback ?? {}),
  ];
};

/** Fills a GOV.UK date input named `prefix` (day, month, year) with today's date in the twin. */
const today = (page: Page, prefix: string) =>
  page.evaluate((name) => {
    const now = new Date();
    for (const [part, value] of [
      ['day', now.getDate()],
      ['month', now.getMonth() + 1],
      ['year', now.getFullYear()],
    ] as const)
      (document.querySelector(`input[name="${name}-${part}"]`) as HTMLInputElement).value = String(value);
  }, prefix);

/**
 * A day's work on one case, as a caseworker records it, so the timeline and My work have something
 * to show: a text with no answer, a note, first contact from a text answered, a follow-up.
 */
const workOn = async (page: Page, url: string, reference: string) => {
  const caseUrl = `${url}${STAFF_PATHS.submission(reference)}`;
  const attempt = async (outcome: string, firstContact: boolean) => {
    await page.goto(`${url}${STAFF_PATHS.contact(reference)}`);
    await page.locator('input[name="way"][value="text"]').check();
    await page.locator(`input[name="outcome"][value="${outcome}"]`).check();
    if (firstContact) await page.getByLabel('Record this as first contact').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${caseUrl}**`);
  };
  await attempt('no-answer', false);
  await page.goto(`${url}${STAFF_PATHS.notes(reference)}`);
  await page.getByLabel('Note', { exact: true }).fill('Asked to be called after 6pm on weekdays.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`${caseUrl}**`);
  await attempt('spoke', true);
  await page.goto(`${url}${STAFF_PATHS.followUp(reference)}`);
  await today(page, 'on');
  await page.getByLabel('What for').fill('Ring back about a meeting date');
  await page.getByRole('button', { name: 'Save the follow-up' }).click();
  await page.waitForURL(`${caseUrl}**`);
};

/** The workspace, signed in through the twin's provider as an admin: My work, the inbox and one case's timeline. */
const staffShots = (references: string[]): Shot[] => [
  { name: 'staff-my-work', path: STAFF_PATHS.myWork },
  { name: 'staff-inbox', path: STAFF_PATHS.inbox },
  {
    name: 'staff-submission',
    path: STAFF_PATHS.submission(references[0] ?? ''),
    // The timeline, where the day's work shows.
    prepare: (page) => page.locator('#progress').scrollIntoViewIfNeeded(),
  },
];

const signIn = async (page: Page, url: string) => {
  await page.goto(`${url}${STAFF_PATHS.signIn}`);
  await page.getByLabel('Username').fill('admins');
  await page.getByLabel('Password').fill(LOCAL_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('h1', { hasText: /^My work$/ }).waitFor();
};

const capture = async (browser: Browser, url: string, references: string[]) => {
  const staff = staffShots(references);
  const shrink = await loadShrinker();
  for (const [device, width] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const shoot = async (shot: Shot) => {
      const page = await context.newPage();
      await page.goto(`${url}${shot.path}`, { waitUntil: 'load' });
      await shot.prepare?.(page);
      const file = `${OUT}/${shot.name}-${device}.png`;
      writeFileSync(file, await shrink(await page.screenshot({ fullPage: true })));
      console.log(`wrote ${file}`);
      await page.close();
    };
    for (const shot of shots.filter(wanted)) await shoot(shot);
    if (!staff.some(wanted)) {
      await context.close();
      continue;
    }
    const signInPage = await context.newPage();
    await signIn(signInPage, url);
    // Once, before the first width's shots: both widths show the same work.
    if (device === 'phone' && staff.some(wanted)) await workOn(signInPage, url, references[0] ?? '');
    await signInPage.close();
    for (const shot of staff.filter(wanted)) await shoot(shot);
    await context.close();
  }
};

buildSite();
mkdirSync(OUT, { recursive: true });
logger.setLogLevel('SILENT');
const twin = await startTwin({ port: 0, dataDir: null, siteDir: SITE_DIST, quiet: true });
const browser = await launchBrowser();
try {
  await capture(browser, twin.url, await seedSubmissions(twin.url));
} finally {
  await browser.close();
  await twin.stop();
}
