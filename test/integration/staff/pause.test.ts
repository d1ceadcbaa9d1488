import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { overdueCases } from '../../../functions/progress/overdue.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { DynamoTeamCases } from '../../../functions/storage/team-cases.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { seed } from '../ops/ops-support.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

/**
 * Pausing and resuming a referral through the staff handler, on DynamoDB Local, with the clock set:
 * received Monday 2 November 2026 (no bank holiday that month), paused Tuesday 10, resumed Tuesday 17.
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let rj: TestMember;
const at = (iso: string) => () => new Date(iso);

const record = (reference: string, steps: StepEntry[] = [], status?: string) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId: 'referral',
  schemaVersion: 1,
  createdAt: '2026-11-02T10:00:00.000Z',
  team: 'restorative-justice',
  urgent: [],
  answers: VALID_ANSWERS.referral,
  expiresAt: 2_000_000_000,
  ...(steps.length ? { steps } : {}),
  ...(status ? { status } : {}),
});
const contact: StepEntry = {
  id: 'c1',
  step: 'first-contact',
  on: '2026-11-03',
  detail: 'email',
  by: 'sub-x',
  recordedAt: '2026-11-03T10:00:00.000Z',
};

const PAUSED = 'RJ-PAWS-2222';
const ON_HOLD = 'RJ-HQZD-3333';

beforeAll(async () => {
  ws = await inProcessStaff();
  ws.setNow(at('2026-11-10T12:00:00Z'));
  rj = await ws.signIn(['restorative-justice'], 'Robin RJ');
  await seed(ws.table.documents, ws.table.tableName, [
    record(PAUSED, [contact], 'first-contact'),
    // Closed "on hold" before pauses existed: its stored status says closed.
    record(
      ON_HOLD,
      [
        contact,
        {
          id: 'h1',
          step: 'closed',
          on: '2026-11-05',
          detail: 'on-hold-live-case',
          by: 'sub-x',
          recordedAt: '2026-11-05T10:00:00.000Z',
        },
      ],
      'closed',
    ),
  ]);
});

afterAll(() => ws?.destroy());

const version = (html = '') => html.match(/name="version" value="(\d+)"/)?.[1] ?? '';
const dated = (name: string, day: string, month = '11') => ({
  [`${name}-day`]: day,
  [`${name}-month`]: month,
  [`${name}-year`]: '2026',
});
const stepPage = (reference: string) => ws.request('GET', STAFF_PATHS.steps(reference), { as: rj });
const stored_ = (reference: string) => ws.table.store.get(reference);

describe('pausing and resuming a case in the workspace', () => {
  it('pauses with a reason and a review date: stored status "paused", listed under Paused in the inbox', async () => {
    const page = await stepPage(PAUSED);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="paused"');
    expect(page.body).not.toContain('value="resumed"');
    expect(page.body).toContain('name="review-on-day"');
    const fields = {
      version: version(page.body),
      step: 'paused',
      'detail-paused': 'live-case',
      ...dated('on', '10'),
    };
    const missing = await ws.post(STAFF_PATHS.steps(PAUSED), rj, fields);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Enter the review date');
    const past = await ws.post(STAFF_PATHS.steps(PAUSED), rj, { ...fields, ...dated('review-on', '9') });
    expect(past.body).toContain('The review date must be today or in the future');
    const done = await ws.post(STAFF_PATHS.steps(PAUSED), rj, { ...fields, ...dated('review-on', '24') });
    expect(done.statusCode).toBe(303);
    expect(await stored_(PAUSED)).toMatchObject({ status: 'paused' });
    expect((await stored_(PAUSED))?.steps?.at(-1)).toMatchObject({
      step: 'paused',
      detail: 'live-case',
      reviewOn: '2026-11-24',
    });
    const listed = await ws.request('GET', STAFF_PATHS.inbox, { as: rj, query: 'progress=paused' });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).toContain(PAUSED);
    const view = await ws.request('GET', STAFF_PATHS.submission(PAUSED), { as: rj });
    // The timeline says what (with the review date) and when apart.
    expect(view.body).toContain('Paused (Live investigation or court case), review by 24 November 2026');
    expect(view.body).toContain('10 November 2026');
    const trail = await ws.staff.auditFor(PAUSED);
    expect(trail.map((e) => e.detail)).toContain('Paused, 10 November 2026');
  });

  it('refuses other steps while paused and offers resuming or closing', async () => {
    const page = await stepPage(PAUSED);
    expect(page.body).toContain(
      'This case is paused (since 10 November 2026: Live investigation or court case; review by 24 November 2026)',
    );
    expect(page.body).toContain('value="resumed"');
    expect(page.body).toContain('value="closed"');
    expect(page.body).not.toContain('value="assessed"');
    const refused = await ws.post(STAFF_PATHS.steps(PAUSED), rj, {
      version: version(page.body),
      step: 'assessed',
      'detail-assessed': 'suitable',
      ...dated('on', '10'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('This case is paused. Resume the case first.');
  });

  it('is not in the overdue job while paused', async () => {
    const cases = await new DynamoTeamCases(ws.table.documents, ws.table.tableName).casesOf(
      'restorative-justice',
      new Date('2026-11-27T07:00:00Z'),
    );
    const overdue = overdueCases(cases, ws.config, '2026-11-27').map((c) => c.reference);
    expect(overdue).not.toContain(PAUSED);
    expect(overdue).not.toContain(ON_HOLD);
  });

  it('resumes: the case goes back to the furthest step and the inbox no longer lists it as paused', async () => {
    ws.setNow(at('2026-11-17T12:00:00Z'));
    // A week on: a new sign-in (sessions end after 10 hours).
    rj = await ws.signIn(['restorative-justice'], 'Robin RJ');
    const page = await stepPage(PAUSED);
    const early = await ws.post(STAFF_PATHS.steps(PAUSED), rj, {
      version: version(page.body),
      step: 'resumed',
      ...dated('on', '9'),
    });
    expect(early.body).toContain('The date must be on or after the day it was paused, 10 November 2026');
    const done = await ws.post(STAFF_PATHS.steps(PAUSED), rj, {
      version: version(page.body),
      step: 'resumed',
      ...dated('on', '17'),
    });
    expect(done.statusCode).toBe(303);
    expect(await stored_(PAUSED)).toMatchObject({ status: 'first-contact' });
    const listed = await ws.request('GET', STAFF_PATHS.inbox, { as: rj, query: 'progress=paused' });
    expect(listed.body).not.toContain(PAUSED);
    expect((await ws.staff.auditFor(PAUSED)).map((e) => e.detail)).toContain('Resumed, 17 November 2026');
  });
});

describe('an old "on hold" closure in the workspace', () => {
  it('is shown as a pause, can be resumed, and the stored status follows', async () => {
    const view = await ws.request('GET', STAFF_PATHS.submission(ON_HOLD), { as: rj });
    expect(view.body).toContain(
      'Paused (Live investigation or court case; recorded as closed: On hold while a case is live)',
    );
    const page = await stepPage(ON_HOLD);
    expect(page.body).toContain('value="resumed"');
    expect(page.body).not.toContain('This case is closed');
    const done = await ws.post(STAFF_PATHS.steps(ON_HOLD), rj, {
      version: version(page.body),
      step: 'resumed',
      ...dated('on', '17'),
    });
    expect(done.statusCode).toBe(303);
    const stored = await stored_(ON_HOLD);
    expect(stored?.status).toBe('first-contact');
    // Nothing stored was rewritten: the old closure is still there, as recorded.
    expect(stored?.steps?.[1]).toMatchObject({ id: 'h1', step: 'closed', detail: 'on-hold-live-case' });
  });
});
