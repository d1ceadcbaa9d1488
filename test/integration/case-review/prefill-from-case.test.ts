import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thresholdOf } from '../../../functions/case-review/application.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { parse } from '../../unit/pages/dom.ts';
import { inProcessReturn, START } from '../returning/return-access.ts';

/**
 * A nuisance reporter signed back in with their code asks for an ASB Case Review from their status
 * page: the application arrives with the report and its incidents as complaints and the case's
 * reference signed beside them, drawn by the /return/ function (never from the address), and what
 * they send records the case and meets the threshold.
 */
let app: Awaited<ReturnType<typeof inProcessReturn>>;
const caseReview = findForm('case-review') as FormDefinition;

beforeAll(async () => {
  app = await inProcessReturn();
}, 120_000);

afterAll(() => app?.destroy());

/** The report (20 November) and three incidents since, each added a few days apart. */
const caseWithIncidents = async () => {
  app.setTime(START);
  const sent = await app.send();
  for (const [i, day] of ['2026-11-24', '2026-12-01', '2026-12-08'].entries()) {
    const at = `${day}T10:00:00.000Z`;
    await app.table.store.appendAddition(sent.reference, {
      addition: {
        id: `incident-${i}`,
        kind: 'incident',
        at,
        answers: { happenedOn: day, behaviours: ['noise'], description: `Incident ${i + 1} <b>loud</b>` },
        urgent: [],
        language: 'en',
      },
      expiresAt: 2_000_000_000,
    });
  }
  app.setTime(new Date('2026-12-10T10:00:00.000Z'));
  return sent;
};

/** The fields a browser would send from the page as drawn: inputs, checked choices and textareas. */
const fieldsOf = (page: string): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const tag of page.match(/<input[^>]*>/g) ?? []) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1];
    const choice = /type="(radio|checkbox)"/.test(tag);
    if (name && value !== undefined && value !== '' && (!choice || / checked/.test(tag)))
      fields[name] = value;
  }
  for (const [, name, value] of page.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    if (name && value) fields[name] = value;
  return fields;
};

/** Where the page's Exit this page button goes. */
const exitLink = (page: string) => parse(page)('.govuk-exit-this-page a').attr('href');

const fromHtml = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('an ASB Case Review application from a nuisance case', () => {
  it('is linked from the status page and arrives pre-filled with the report and each incident', async () => {
    const { reference, code } = await caseWithIncidents();
    const { id } = await app.signIn(reference, code);
    const status = await app.get('/return/', id);
    expect(status.body).toContain('href="/return/case-review"');
    expect(status.body).toContain('Ask for an ASB Case Review');

    const page = await app.get('/return/case-review', id);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('action="/api/forms/case-review"');
    const fields = fieldsOf(String(page.body));
    expect(fields.complaintCount).toBe('4');
    expect(fields.complaint1Reference).toBe(reference);
    expect(fields.complaint1To).toBe('council');
    expect([
      fields['complaint2Made-day'],
      fields['complaint2Made-month'],
      fields['complaint2Made-year'],
    ]).toEqual(['24', '11', '2026']);
    // Answers are text on the page, never markup.
    expect(page.body).toContain('Incident 1 &lt;b&gt;loud&lt;/b&gt;');
    expect(fields.fromCase?.startsWith(`${reference}.`)).toBe(true);
  });

  it('records the case and meets the threshold when sent as it came, with the rest answered', async () => {
    const { reference, code } = await caseWithIncidents();
    const { id } = await app.signIn(reference, code);
    const prefilled = Object.fromEntries(
      Object.entries(fieldsOf(String((await app.get('/return/case-review', id)).body))).map(([k, v]) => [
        k,
        fromHtml(v),
      ]),
    );
    const rest = Object.fromEntries(
      Object.entries(VALID_ANSWERS['case-review'] ?? {}).filter(([k]) => !k.startsWith('complaint')),
    );
    const outcome = await submitForm(
      caseReview,
      { ...rest, ...prefilled },
      {
        config: app.config,
        store: app.table.store,
        now: () => new Date('2026-12-10T10:05:00.000Z'),
        hashKey: TEST_HASH_KEY,
      },
    );
    expect(outcome.kind).toBe('accepted');
    if (outcome.kind !== 'accepted') return;
    const record = await app.table.store.get(outcome.reference);
    expect(record?.fromCase).toBe(reference);
    expect(record?.answers.complaint4What).toBe('Incident 3 <b>loud</b>');
    const threshold = thresholdOf(record as NonNullable<typeof record>, app.config);
    expect(threshold.outcome).toBe('met');
    // The three incidents count; the report was made more than a month after the behaviour it gave.
    expect(threshold.complaints.map((c) => c.counts)).toEqual([false, true, true, true]);
  });

  it('records no case for a reference merely typed into a post', async () => {
    const { reference } = await caseWithIncidents();
    const outcome = await submitForm(
      caseReview,
      { ...VALID_ANSWERS['case-review'], fromCase: reference },
      {
        config: app.config,
        store: app.table.store,
        now: () => new Date('2026-12-10T10:05:00.000Z'),
        hashKey: TEST_HASH_KEY,
      },
    );
    if (outcome.kind !== 'accepted') throw new Error('not accepted');
    expect((await app.table.store.get(outcome.reference))?.fromCase).toBeUndefined();
  });

  it('is nothing pre-filled without a session: the sign-in page instead, and never a post', async () => {
    const { reference, code } = await caseWithIncidents();
    const answer = await app.get('/return/case-review');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/return/');
    const { id } = await app.signIn(reference, code);
    const posted = await app.post(
      '/return/case-review',
      { complaintCount: '1' },
      { cookie: `return-session=${id}` },
    );
    expect(posted.statusCode).toBe(405);
  });

  it('ends the /return/ session on Exit this page, as every /return/ page does, then goes on', async () => {
    const { reference, code } = await caseWithIncidents();
    const { id } = await app.signIn(reference, code);
    const page = String((await app.get('/return/case-review', id)).body);
    expect(exitLink(page)).toBe('/return/exit');
    const exit = await app.get('/return/exit', id);
    expect(exit.statusCode).toBe(303);
    expect(exit.headers.location).toBe(app.config.exitPageUrl);
    // The session is over: the application is not drawn again for it.
    const after = await app.get('/return/case-review', id);
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/return/');
  });
});
