import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingYear } from '../../functions/case-review/figures.ts';
import { loadCaseReviewFigures } from '../../functions/case-review/load-figures.ts';
import { serviceConfig } from '../../functions/config/service-config.ts';
import {
  CASE_REVIEW_FIGURES_PATHS,
  RETURN_PATHS,
  STAFF_PATHS,
} from '../../functions/contract/service-contract.ts';
import type { Language } from '../../functions/i18n/languages.ts';
import { newReturnCode, returnCodeHash } from '../../functions/returning/return-code.ts';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../../functions/storage/dynamodb-store.ts';
import { clockStartingAt } from '../../local/clock-setting.ts';
import { readInbox } from '../../local/ses-local.ts';
import { PATIENCE_MS } from '../support/patience.ts';
import { VALID_ANSWERS } from '../support/valid-answers.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { type E2eTwin, startE2eTwin } from './support/twin.ts';

/**
 * Issue 23's "done when": a tenant with three incidents on their nuisance case asks for an ASB
 * Case Review from the way back in; the application arrives pre-filled and shows "met" with the
 * three complaints in the workspace; the team acknowledges, decides, holds the review, records
 * recommendations and closes, writing to the applicant; the figures count it. In English with
 * JavaScript, and the Welsh form without it at least drawn and sent. The twin runs from
 * Thursday 10 December 2026, whatever day the test runs on.
 */
const TWIN_STARTS = new Date('2026-12-10T10:00:00Z');
/** The minimum fill time (bots are quicker), plus a margin: a person takes longer. */
const MIN_FILL_MS = serviceConfig.spam.minFillSeconds * 1000 + 300;

let twin: E2eTwin;
let browser: Browser;
let store: DynamoSubmissionStore;
let documents: ReturnType<typeof makeDocumentClient>;

beforeAll(async () => {
  [twin, browser] = await Promise.all([
    startE2eTwin({ clock: clockStartingAt(TWIN_STARTS) }),
    launchBrowser(),
  ]);
  documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  store = new DynamoSubmissionStore(documents, twin.tableName);
});

afterAll(async () => {
  documents?.destroy();
  await browser?.close();
  await twin?.stop();
});

/**
 * A nuisance report made on 2 November with a return code, and three incidents added since (written
 * through the store, as the add action would, rather than clicked three times). The report's own
 * behaviour (20 September) was more than a month before it, so only the incidents count.
 */
const caseWithThreeIncidents = async (): Promise<{ reference: string; code: string }> => {
  const response = await fetch(`${twin.url}/api/forms/nuisance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...VALID_ANSWERS.nuisance, formOpenMs: '5000' }),
  });
  const { reference } = (await response.json()) as { reference: string };
  const code = newReturnCode();
  await documents.send(
    new UpdateCommand({
      TableName: twin.tableName,
      Key: { pk: reference },
      UpdateExpression: 'SET returnCodeHash = :hash, createdAt = :made',
      ExpressionAttributeValues: {
        ':hash': returnCodeHash(twin.hashKey, reference, code),
        ':made': '2026-11-02T10:00:00.000Z',
      },
    }),
  );
  const incidents = [
    ['2026-11-09', 'Music until 3am again.'],
    ['2026-11-23', 'Shouting on the stairs.'],
    ['2026-12-07', 'Rubbish left at my door.'],
  ] as const;
  for (const [i, [day, description]] of incidents.entries()) {
    await store.appendAddition(reference, {
      addition: {
        id: `incident-${i}`,
        kind: 'incident',
        at: `${day}T20:00:00.000Z`,
        answers: { happenedOn: day, behaviours: ['noise'], description, impact: 'No sleep.' },
        urgent: [],
        language: 'en',
      },
      expiresAt: 2_000_000_000,
    });
  }
  return { reference, code };
};

const RETURN_WORDS = {
  en: {
    reference: 'Reference number',
    code: 'Return code',
    continue: 'Continue',
    apply: 'Ask for an ASB Case Review',
  },
  cy: {
    reference: 'Cyfeirnod',
    code: 'Cod dychwelyd',
    continue: 'Parhau',
    apply: 'Gofyn am Adolygiad Achos YGG',
  },
} as const;

/** Signs in at /return/ and follows the status page's link to the pre-filled application. */
const openApplication = async (page: Page, language: Language, reference: string, code: string) => {
  const words = RETURN_WORDS[language as 'en' | 'cy'];
  await page.goto(`${twin.url}${RETURN_PATHS.start(language)}`);
  await page.getByLabel(words.reference).fill(reference);
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.continue }).click();
  await page.getByRole('link', { name: words.apply }).click();
  await page.waitForURL(`${twin.url}${RETURN_PATHS.action('case-review', language)}`);
  return Date.now();
};

const field = (page: Page, name: string, value?: string) =>
  page.locator(value === undefined ? `[name="${name}"]` : `input[name="${name}"][value="${value}"]`);

/** The questions the case cannot answer, answered by name (the same in both languages). */
const answerTheRest = async (page: Page) => {
  await field(page, 'applicantType', 'victim').check();
  await field(page, 'name').fill('Robin');
  await field(page, 'address').fill('The flat above 14 Station Road, Northfield');
  await field(page, 'safeWays', 'email').check();
  await field(page, 'email').fill('robin@example.com');
  await field(page, 'wantsConfirmation', 'yes').check();
  await field(page, 'behaviour').fill('Noise, shouting and rubbish from the flat above since the summer.');
  await field(page, 'hateMotivated', 'no').check();
  await field(page, 'impact').fill('I cannot sleep and I am afraid to use the stairs.');
  await field(page, 'hopedOutcome').fill('For the agencies to work together and make it stop.');
  await field(page, 'takePart', 'online').check();
  for (const value of ['accurate', 'shared', 'privacy']) await field(page, 'declarations', value).check();
};

const waitForMinimumFillTime = async (openedAt: number) => {
  const left = openedAt + MIN_FILL_MS - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
};

const confirmedReference = async (page: Page): Promise<string> => {
  await page.waitForURL(/\/confirmation\?reference=/);
  return (await page.locator('[data-reference]').textContent())?.trim() ?? '';
};

const banner = (page: Page) => page.locator('.govuk-notification-banner').first().textContent();

const recordStep = async (page: Page, step: string, detail?: [string, string]) => {
  await page.getByRole('link', { name: 'Record the next step' }).click();
  await page.getByLabel(step, { exact: true }).check();
  if (detail) await page.locator(`input[name="${detail[0]}"][value="${detail[1]}"]`).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).resolves.toContain('The step has been recorded.');
};

const writeLetter = async (page: Page, reference: string, kind: string, reasons = '') => {
  await page.goto(`${twin.url}${STAFF_PATHS.letters(reference)}`);
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  if (reasons) await page.locator('textarea[name="reasons"]').fill(reasons);
  await page.getByRole('button', { name: 'Keep the letter and print it' }).click();
  await page.waitForURL(/\/letter\?id=/);
  return (await page.locator('main').textContent()) ?? '';
};

describe('an ASB Case Review from the way back in', () => {
  let context: BrowserContext;

  afterAll(() => context?.close());

  it('arrives pre-filled, is met on three complaints, runs to its close with letters, and is counted', async () => {
    const { reference: caseReference, code } = await caseWithThreeIncidents();
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const openedAt = await openApplication(page, 'en', caseReference, code);

    // Pre-filled: the report and the three incidents, to the council, under the case's reference.
    expect(await field(page, 'complaintCount', '4').isChecked()).toBe(true);
    expect(await field(page, 'complaint2Reference').inputValue()).toBe(caseReference);
    expect(await field(page, 'complaint2What').inputValue()).toBe('Music until 3am again.');
    expect(await field(page, 'complaint4Made-day').inputValue()).toBe('7');
    expect(await field(page, 'complaint4To', 'council').isChecked()).toBe(true);
    expect(page.url()).not.toContain('?');

    await answerTheRest(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[data-check-view] h1').textContent()).resolves.toBe(
      'Check your answers before sending',
    );
    await waitForMinimumFillTime(openedAt);
    await page.getByRole('button', { name: 'Send' }).click();
    const reference = await confirmedReference(page);
    const record = await twin.record(reference);
    expect(record).toMatchObject({ formId: 'case-review', kind: 'submission', fromCase: caseReference });

    // The team sees it met, on the three incidents, and which case it came from.
    const staff = await signInAs(twin.url, context, 'community-safety', STAFF_PATHS.submission(reference));
    await expect(staff.locator('[data-threshold]').getAttribute('data-threshold')).resolves.toBe('met');
    expect(await staff.locator('[data-counts="true"]').count()).toBe(3);
    expect(await staff.locator('[data-counts="false"]').count()).toBe(1);
    await expect(staff.locator('[data-from-case]').textContent()).resolves.toContain(caseReference);

    await recordStep(staff, 'Acknowledged', ['detail-acknowledged', 'email']);
    await recordStep(staff, 'Passed to the partner bodies');
    await recordStep(staff, 'Threshold decided', ['detail-decided', 'met']);
    await recordStep(staff, 'Review meeting held', ['detail-review-held', 'online']);
    await recordStep(staff, 'Recommendations and action plan', ['detail-recommendations', 'yes']);
    await recordStep(staff, 'Outcome sent to the applicant');
    await recordStep(staff, 'Closed', ['detail-closed', 'review-complete']);
    await expect(staff.locator('main').textContent()).resolves.toContain('Closed (Review complete)');

    // Letters: each kept on the case as sent, and printable.
    expect(await writeLetter(staff, reference, 'acknowledgement')).toContain(reference);
    expect(await writeLetter(staff, reference, 'decision', 'Three complaints within the month.')).toContain(
      'Three complaints within the month.',
    );
    expect(await writeLetter(staff, reference, 'closure', 'The review is complete.')).toContain(
      'The review is complete.',
    );
    expect((await twin.record(reference))?.letters?.map((l) => [l.kind, l.way])).toEqual([
      ['acknowledgement', 'email'],
      ['decision', 'email'],
      ['closure', 'email'],
    ]);

    // By their safe way, email: the confirmation they asked for and each letter as kept; the
    // partner bodies are told, without the answers.
    const to = async (address: string, count: number) => {
      const deadline = Date.now() + PATIENCE_MS;
      for (;;) {
        const found = (await readInbox(twin.inboxUrl)).filter(
          (e) => e.destination.to.includes(address) && e.subject.includes(reference),
        );
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const applicant = await to('robin@example.com', 4);
    // The confirmation, and the three letters.
    expect(applicant).toHaveLength(4);
    expect(applicant.map((e) => e.subject)).toEqual(
      expect.arrayContaining([
        `Your ASB Case Review application, ${reference}`,
        `Your ASB Case Review application, ${reference}: our decision`,
        `Your ASB Case Review, ${reference}, is closed`,
      ]),
    );
    expect(applicant.find((e) => e.subject.endsWith(': our decision'))?.body.text).toContain(
      'Three complaints within the month.',
    );
    for (const partner of serviceConfig.caseReview.partners) {
      const [email] = await to(partner.email, 1);
      expect(email?.body.text).not.toContain('I cannot sleep');
    }

    // The figures for April 2026 to March 2027 count it, its review and its recommendations.
    const figures = await loadCaseReviewFigures(store, reportingYear(2026), TWIN_STARTS);
    expect(figures).toMatchObject({
      applications: 1,
      thresholdNotMet: 0,
      reviewsHeld: 1,
      reviewsWithRecommendations: 1,
    });
    // The published page (issue 23 item 7) says the same, for the year the twin's clock is in.
    const published = await context.newPage();
    await published.goto(`${twin.url}${CASE_REVIEW_FIGURES_PATHS.page()}`);
    const firstYear = await published
      .locator('table')
      .first()
      .locator('td.govuk-table__cell--numeric')
      .allTextContents();
    expect(firstYear.map(Number)).toEqual([
      figures.applications,
      figures.thresholdNotMet,
      figures.reviewsHeld,
      figures.reviewsWithRecommendations,
    ]);
    expect(await axeViolations(published)).toEqual([]);
    await published.close();
  });

  it('in Welsh without JavaScript, is drawn pre-filled and sent', async () => {
    const { reference: caseReference, code } = await caseWithThreeIncidents();
    const noJs = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await noJs.newPage();
    const openedAt = await openApplication(page, 'cy', caseReference, code);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await field(page, 'complaint1Reference').inputValue()).toBe(caseReference);
    await answerTheRest(page);
    await waitForMinimumFillTime(openedAt);
    await page.locator('form[data-form="case-review"] button.govuk-button').click();
    const reference = await confirmedReference(page);
    expect(await twin.record(reference)).toMatchObject({ formId: 'case-review', fromCase: caseReference });
    await noJs.close();
  });
});
