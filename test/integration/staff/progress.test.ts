import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../../../functions/storage/dynamodb-store.ts';
import { londonDay } from '../../../functions/time/london.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { referenceOf, type SpineTwin, startSpineTwin } from '../spine/spine-twin.ts';
import { csrfFrom, sessionFor, staffFetch } from './staff-client.ts';

let twin: SpineTwin;
let documents: ReturnType<typeof makeDocumentClient>;
let store: DynamoSubmissionStore;
let staffStore: DynamoStaffStore;
let rj = '';
let rjSub = '';
let youthSub = '';

let made = 0;
/** A new referral each time: the same answers twice would be taken as a repeat of the first. */
const newReferral = async (extra: Record<string, unknown> = {}) => {
  made += 1;
  const answers = { ...VALID_ANSWERS.referral, name: `Sam ${made}`, ...extra, formOpenMs: '5000' };
  return referenceOf(await twin.postJson('referral', answers));
};

beforeAll(async () => {
  twin = await startSpineTwin();
  documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  store = new DynamoSubmissionStore(documents, twin.tableName);
  staffStore = new DynamoStaffStore(documents, twin.staffTableName);
  rj = await sessionFor(twin, 'restorative-justice');
  await sessionFor(twin, 'youth-justice');
  rjSub = (await staffStore.teamMembers('restorative-justice'))[0]?.sub ?? '';
  youthSub = (await staffStore.teamMembers('youth-justice'))[0]?.sub ?? '';
}, 120_000);

afterAll(async () => {
  documents?.destroy();
  await twin?.stop();
});

/** An open referral's team: what its look-up key follows besides the assignee. */
const OPEN = { team: 'restorative-justice', closed: false };

const entry = (id: string, step: string): StepEntry => ({
  id,
  step,
  on: '2026-11-02',
  by: 'sub-1',
  recordedAt: new Date().toISOString(),
});

describe('storing steps with the record', () => {
  it('appends an entry and sets status and assignee in one write, only if the record is as it was read', async () => {
    const reference = await newReferral();
    const first = {
      ...OPEN,
      status: 'first-contact',
      assignee: 'sub-1',
      expected: { steps: 0, assignee: undefined },
    };
    expect(await store.writeProgress(reference, { ...first, entry: entry('a', 'first-contact') })).toBe(
      'saved',
    );
    // The same write again (a double submit that got past the page): the record has moved on.
    expect(await store.writeProgress(reference, { ...first, entry: entry('b', 'first-contact') })).toBe(
      'changed',
    );
    const record = await store.get(reference);
    expect(record?.steps?.map((e) => e.id)).toEqual(['a']);
    expect(record).toMatchObject({ status: 'first-contact', assignee: 'sub-1' });
  });

  it('lets only one of two people recording at once win, and saves nothing of the other', async () => {
    const reference = await newReferral();
    const write = (id: string, assignee: string) =>
      store.writeProgress(reference, {
        entry: entry(id, 'first-contact'),
        status: 'first-contact',
        ...OPEN,
        assignee,
        expected: { steps: 0, assignee: undefined },
      });
    const results = await Promise.all([write('x', 'sub-x'), write('y', 'sub-y')]);
    expect(results.sort()).toEqual(['changed', 'saved']);
    const record = await store.get(reference);
    expect(record?.steps).toHaveLength(1);
    expect(record?.assignee).toBe(record?.steps?.[0]?.id === 'x' ? 'sub-x' : 'sub-y');
  });

  it('refuses an assignment made from a page that showed another assignee, and one for an erased record', async () => {
    const reference = await newReferral();
    await store.writeProgress(reference, {
      status: 'received',
      ...OPEN,
      assignee: 'sub-1',
      expected: { steps: 0, assignee: undefined },
    });
    expect(
      await store.writeProgress(reference, {
        status: 'received',
        ...OPEN,
        assignee: 'sub-2',
        expected: { steps: 0, assignee: undefined },
      }),
    ).toBe('changed');
    expect((await store.get(reference))?.assignee).toBe('sub-1');
    await new DynamoSubmissionRemoval(documents, twin.tableName).erase(reference, []);
    expect(
      await store.writeProgress(reference, {
        status: 'received',
        ...OPEN,
        assignee: 'sub-2',
        expected: { steps: 0, assignee: 'sub-1' },
      }),
    ).toBe('changed');
    expect(await store.get(reference)).toBeUndefined();
  });

  it('erases the steps with the record: nothing of them is left in the table', async () => {
    const reference = await newReferral();
    await store.writeProgress(reference, {
      entry: { ...entry('n', 'first-contact'), note: 'Spoke to Sam, call back Friday' },
      status: 'first-contact',
      ...OPEN,
      assignee: undefined,
      expected: { steps: 0, assignee: undefined },
    });
    const removal = new DynamoSubmissionRemoval(documents, twin.tableName);
    await removal.erase(reference, await removal.findGuardKeys(reference));
    const items = JSON.stringify(await twin.items());
    expect(items).not.toContain(reference);
    expect(items).not.toContain('call back Friday');
  });
});

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
  body: new URLSearchParams(fields).toString(),
});

const today = () => londonDay(new Date()).split('-');

/** The step form's hidden fields and today's date, as the page fills them. */
const stepForm = async (reference: string, query = '') => {
  const response = await staffFetch(twin, `${STAFF_PATHS.steps(reference)}${query}`, rj);
  const html = await response.text();
  const [year = '', month = '', day = ''] = today();
  return {
    status: response.status,
    html,
    fields: {
      csrf: csrfFrom(html),
      version: html.match(/name="version" value="(\d+)"/)?.[1] ?? '',
      'on-day': String(Number(day)),
      'on-month': String(Number(month)),
      'on-year': year,
    },
  };
};

const post = async (reference: string, fields: Record<string, string>) => {
  const response = await staffFetch(twin, STAFF_PATHS.steps(reference), rj, form(fields));
  return { status: response.status, html: await response.text(), location: response.headers.get('location') };
};

describe('recording steps in the workspace', () => {
  it('records first contact by a safe way, shows it in the history, and audits it without the note', async () => {
    const reference = await newReferral();
    const page = await stepForm(reference);
    expect(page.status).toBe(200);
    // Only the ways the person marked safe (email, text) are offered for first contact.
    expect(page.html).toContain('value="email"');
    expect(page.html).not.toContain('value="letter"');
    const done = await post(reference, {
      ...page.fields,
      step: 'first-contact',
      'detail-first-contact': 'email',
      note: 'Asked about evening calls',
      assignee: rjSub,
    });
    expect(done).toMatchObject({
      status: 303,
      location: `${STAFF_PATHS.submission(reference)}?done=recorded#progress`,
    });
    const view = await (
      await staffFetch(twin, `${STAFF_PATHS.submission(reference)}?done=recorded`, rj)
    ).text();
    expect(view).toContain('The step has been recorded.');
    expect(view).toContain('First contact made');
    expect(view).toContain('Asked about evening calls');
    expect(await twin.record(reference)).toMatchObject({ status: 'first-contact', assignee: rjSub });
    const trail = await staffStore.auditFor(reference);
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['step-recorded', 'assigned']));
    expect(JSON.stringify(trail)).not.toContain('evening calls');
  });

  it('answers a double submit with a clear message and stores one entry', async () => {
    const reference = await newReferral();
    const { fields } = await stepForm(reference);
    const body = { ...fields, step: 'first-contact', 'detail-first-contact': 'text' };
    expect((await post(reference, body)).status).toBe(303);
    const again = await post(reference, body);
    expect(again.status).toBe(400);
    expect(again.html).toContain('There is a problem');
    expect(again.html).toContain('First contact made is already recorded');
    expect((await twin.record(reference))?.steps).toHaveLength(1);
  });

  it('lets one of two people recording the same step at once win; the other is told', async () => {
    const reference = await newReferral();
    const { fields } = await stepForm(reference);
    const body = { ...fields, step: 'closed', 'detail-closed': 'withdrew' };
    const [a, b] = await Promise.all([post(reference, body), post(reference, body)]);
    // Usually both read the record before either writes, and the conditional write refuses the
    // second (409); if one happens to read after the other wrote, the rules refuse it (400).
    const loser = a.status === 303 ? b : a;
    expect([a.status, b.status]).toContain(303);
    expect(loser.html).toMatch(/Someone else changed this submission|This case is closed/);
    expect((await twin.record(reference))?.steps).toHaveLength(1);
  });

  it('shows the error summary for bad input and stores nothing', async () => {
    const reference = await newReferral();
    const { fields } = await stepForm(reference);
    const bad = await post(reference, {
      ...fields,
      step: 'assessed',
      'detail-assessed': 'suitable',
      'on-year': String(Number(fields['on-year']) + 1),
      assignee: youthSub,
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('<title>Error: ');
    expect(bad.html).toContain('Record first contact made first');
    expect(bad.html).toContain('The date must be today or in the past');
    expect(bad.html).toContain('Choose someone in the submission’s team');
    const closure = await post(reference, { ...fields, step: 'closed', 'detail-closed': 'resolved' });
    expect(closure.html).toContain('Select why it was closed from the list');
    expect((await twin.record(reference))?.steps).toBeUndefined();
  });

  it('corrects an entry: the correction stands, the old entry stays marked as corrected', async () => {
    const reference = await newReferral();
    const first = await stepForm(reference);
    await post(reference, { ...first.fields, step: 'first-contact', 'detail-first-contact': 'text' });
    const original = (await twin.record(reference))?.steps?.[0];
    const correcting = await stepForm(reference, `?corrects=${original?.id}`);
    expect(correcting.html).toContain('You are correcting');
    const done = await post(reference, {
      ...correcting.fields,
      corrects: original?.id ?? '',
      step: 'first-contact',
      'detail-first-contact': 'email',
    });
    expect(done.location).toContain('done=corrected');
    const record = await twin.record(reference);
    expect(record?.steps?.map((e) => e.corrects)).toEqual([undefined, original?.id]);
    const view = await (await staffFetch(twin, STAFF_PATHS.submission(reference), rj)).text();
    expect(view).toContain('Corrected');
    expect((await staffStore.auditFor(reference)).map((e) => e.action)).toContain('step-corrected');
  });

  it('changes the assignee on its own, and refuses someone from another team', async () => {
    const reference = await newReferral();
    const view = await (await staffFetch(twin, STAFF_PATHS.submission(reference), rj)).text();
    const csrf = csrfFrom(view);
    const assign = (assignee: string) =>
      staffFetch(twin, STAFF_PATHS.assignee(reference), rj, form({ csrf, was: '', assignee }));
    expect((await assign(youthSub)).status).toBe(400);
    expect((await assign(rjSub)).status).toBe(303);
    expect((await twin.record(reference))?.assignee).toBe(rjSub);
    expect((await staffStore.auditFor(reference)).map((e) => e.action)).toContain('assigned');
  });

  it('gives another team’s submission a 404, for the form and the post', async () => {
    const youthRef = await newReferral({ ageBand: 'under-18' });
    expect((await staffFetch(twin, STAFF_PATHS.steps(youthRef), rj)).status).toBe(404);
    const { fields } = await stepForm(await newReferral());
    expect((await post(youthRef, { ...fields, step: 'closed', 'detail-closed': 'withdrew' })).status).toBe(
      404,
    );
  });
});

describe('the inbox by progress and assignee', () => {
  it('filters by status, by assignee and by waiting for first contact, with its age in working days', async () => {
    const waiting = await newReferral();
    const contacted = await newReferral();
    const { fields } = await stepForm(contacted);
    await post(contacted, {
      ...fields,
      step: 'first-contact',
      'detail-first-contact': 'text',
      assignee: rjSub,
    });
    const list = async (query: string) => {
      const response = await staffFetch(twin, `${STAFF_PATHS.inbox}?${query}`, rj);
      return { status: response.status, html: await response.text() };
    };
    const waitingPage = await list('progress=waiting&order=oldest');
    expect(waitingPage.html).toContain(waiting);
    expect(waitingPage.html).not.toContain(contacted);
    expect(waitingPage.html).toContain('Waiting for first contact: </span>');
    expect(waitingPage.html).toMatch(/\d+ working days?</);
    const contactedPage = await list('progress=first-contact');
    expect(contactedPage.html).toContain(contacted);
    expect(contactedPage.html).not.toContain(waiting);
    const mine = await list('assignee=me');
    expect(mine.html).toContain(contacted);
    expect(mine.html).not.toContain(waiting);
    expect((await list('assignee=none')).html).toContain(waiting);
    expect((await list(`assignee=${youthSub}`)).status).toBe(400);
    expect((await list('progress=resolved-ish')).status).toBe(400);
  });
});
