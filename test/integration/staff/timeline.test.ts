import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { londonClock, londonDay } from '../../../functions/time/london.ts';
import { momentText } from '../../../functions/time/times.ts';
import type { AttemptEntry, NoteEntry } from '../../../functions/timeline/types.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let rj: TestMember;
let youth: TestMember;

beforeAll(async () => {
  ws = await inProcessStaff();
  [rj, youth] = await Promise.all([
    ws.signIn(['restorative-justice'], 'Robin RJ'),
    ws.signIn(['youth-justice'], 'Yan Youth'),
  ]);
}, 120_000);

afterAll(() => ws?.destroy());

const MINUTE = 60_000;

/**
 * A new referral (safe ways as given), with the handler's clock 20 minutes after it was received, and
 * "when" a few minutes after it was received: dates from the record, never from the day the test runs.
 */
const newCase = async (safeWays: string[] = ['phone', 'email']) => {
  const reference = await ws.submit('referral', { safeWays, phone: '07700 900 982' });
  const record = await ws.table.store.get(reference);
  const received = Date.parse(record?.createdAt ?? '');
  ws.setNow(() => new Date(received + 20 * MINUTE)); // Within the session's 30 minutes idle.
  const at = new Date(Math.ceil(received / MINUTE) * MINUTE + 5 * MINUTE);
  const [year = '', month = '', day = ''] = londonDay(at).split('-');
  const when = { 'on-day': String(Number(day)), 'on-month': String(Number(month)), 'on-year': year };
  return { reference, at, fields: { ...when, time: londonClock(at) } };
};

const timelineOf = async (reference: string) => (await ws.table.store.get(reference))?.timeline ?? [];

describe('logging contact attempts', () => {
  it('offers only the safe ways, logs an attempt, shows it on the case and audits it without its note', async () => {
    const { reference, at, fields } = await newCase();
    const form = await ws.request('GET', STAFF_PATHS.contact(reference), { as: rj });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="phone"');
    expect(form.body).not.toContain('value="letter"');
    expect(form.body).toContain('Record this as first contact');
    const done = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'phone',
      outcome: 'no-answer',
      note: 'Rang from the office line',
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${STAFF_PATHS.submission(reference)}?done=attempt-logged#timeline`);
    const [attempt] = (await timelineOf(reference)) as AttemptEntry[];
    expect(attempt).toMatchObject({
      kind: 'attempt',
      at: at.toISOString(),
      way: 'phone',
      outcome: 'no-answer',
    });
    const page = await ws.request('GET', STAFF_PATHS.submission(reference), {
      as: rj,
      query: 'done=attempt-logged',
    });
    expect(page.body).toContain('The contact attempt has been logged.');
    expect(page.body).toContain('Contact attempt by phone: No answer');
    expect(page.body).toContain('Rang from the office line');
    const trail = (await ws.staff.auditFor(reference)).find((e) => e.action === 'contact-attempt-logged');
    expect(trail?.detail).toBe(`by phone, no answer, ${momentText(at.toISOString())}`);
    expect(JSON.stringify(await ws.staff.auditFor(reference))).not.toContain('office line');
  });

  it('refuses a voicemail the person did not allow, with a GOV.UK error, and stores nothing', async () => {
    const { reference, fields } = await newCase(['phone']);
    const refused = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'phone',
      outcome: 'left-message',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('They did not mark voicemail as safe, so do not leave a message by phone');
    const unsafe = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'email',
      outcome: 'no-answer',
    });
    expect(unsafe.body).toContain('Choose a way of contact they marked as safe');
    expect(await timelineOf(reference)).toEqual([]);
  });

  it('records first contact from a spoke attempt in the same write', async () => {
    const { reference, at, fields } = await newCase();
    const done = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'email',
      outcome: 'spoke',
      firstContact: 'yes',
    });
    expect(done.headers.location).toContain('done=first-contact');
    const record = await ws.table.store.get(reference);
    expect(record?.status).toBe('first-contact');
    expect(record?.steps).toMatchObject([{ step: 'first-contact', detail: 'email', on: londonDay(at) }]);
    expect(record?.timeline).toHaveLength(1);
    const actions = (await ws.staff.auditFor(reference)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['contact-attempt-logged', 'step-recorded']));
    // It stands now, so it is no longer offered, and a second try is refused.
    expect((await ws.request('GET', STAFF_PATHS.contact(reference), { as: rj })).body).not.toContain(
      'Record this as first contact',
    );
    const again = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'email',
      outcome: 'spoke',
      firstContact: 'yes',
    });
    expect(again.statusCode).toBe(400);
  });

  it('corrects an attempt with a new entry naming it; the case shows both', async () => {
    const { reference, at, fields } = await newCase();
    await ws.post(STAFF_PATHS.contact(reference), rj, { ...fields, way: 'phone', outcome: 'no-answer' });
    const [first] = await timelineOf(reference);
    const form = await ws.request('GET', STAFF_PATHS.contact(reference), {
      as: rj,
      query: `corrects=${first?.id}`,
    });
    expect(form.body).toContain('Correct a contact attempt');
    const done = await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'email',
      outcome: 'no-answer',
      corrects: first?.id ?? '',
    });
    expect(done.headers.location).toContain('done=attempt-corrected');
    const timeline = await timelineOf(reference);
    expect(timeline).toHaveLength(2);
    expect(timeline[1]).toMatchObject({ corrects: first?.id, way: 'email' });
    const page = (await ws.request('GET', STAFF_PATHS.submission(reference), { as: rj })).body;
    expect(page).toContain('Corrected');
    expect(page).toContain(`Corrects: Contact attempt, ${momentText(at.toISOString())}`);
    // The corrected one cannot be corrected again.
    const stale = await ws.request('GET', STAFF_PATHS.contact(reference), {
      as: rj,
      query: `corrects=${first?.id}`,
    });
    expect(stale.statusCode).toBe(404);
    expect((await ws.staff.auditFor(reference)).map((e) => e.action)).toContain('contact-attempt-corrected');
  });
});

describe('notes', () => {
  it('adds a note and a correction of it, audited without the text', async () => {
    const { reference } = await newCase();
    expect((await ws.request('GET', STAFF_PATHS.notes(reference), { as: rj })).statusCode).toBe(200);
    const empty = await ws.post(STAFF_PATHS.notes(reference), rj, { text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the note');
    const long = await ws.post(STAFF_PATHS.notes(reference), rj, { text: 'x'.repeat(501) });
    expect(long.body).toContain('The note must be 500 characters or fewer');
    const done = await ws.post(STAFF_PATHS.notes(reference), rj, { text: 'Prefers calls after six' });
    expect(done.headers.location).toBe(`${STAFF_PATHS.submission(reference)}?done=note-added#timeline`);
    const [note] = (await timelineOf(reference)) as NoteEntry[];
    const fixed = await ws.post(STAFF_PATHS.notes(reference), rj, {
      text: 'After seven',
      corrects: note?.id ?? '',
    });
    expect(fixed.statusCode).toBe(303);
    const page = (await ws.request('GET', STAFF_PATHS.submission(reference), { as: rj })).body;
    expect(page).toContain('Prefers calls after six');
    expect(page).toContain('After seven');
    expect(page).toContain(`Corrects: Note, ${momentText(note?.recordedAt ?? '')}`);
    const trail = await ws.staff.auditFor(reference);
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['note-added', 'note-corrected']));
    expect(JSON.stringify(trail)).not.toMatch(/after six|After seven/i);
  });
});

describe('another team, forgery and erasure', () => {
  it('answers another team’s reference with 404 and audits the refusal', async () => {
    const { reference, fields } = await newCase();
    expect((await ws.request('GET', STAFF_PATHS.contact(reference), { as: youth })).statusCode).toBe(404);
    expect((await ws.request('GET', STAFF_PATHS.notes(reference), { as: youth })).statusCode).toBe(404);
    const posted = await ws.post(STAFF_PATHS.contact(reference), youth, {
      ...fields,
      way: 'phone',
      outcome: 'spoke',
    });
    expect(posted.statusCode).toBe(404);
    expect((await ws.post(STAFF_PATHS.notes(reference), youth, { text: 'Mine now' })).statusCode).toBe(404);
    expect(await timelineOf(reference)).toEqual([]);
    const refused = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'refused');
    expect(refused.map((e) => e.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Asked to log a contact attempt: another team/)]),
    );
  });

  it('refuses a post without the anti-forgery token', async () => {
    const { reference } = await newCase();
    const forged = await ws.request('POST', STAFF_PATHS.notes(reference), {
      as: rj,
      form: new URLSearchParams({ text: 'forged' }),
    });
    expect(forged.statusCode).toBe(400);
    const wrong = await ws.post(
      STAFF_PATHS.notes(reference),
      { ...rj, csrf: 'not-the-token' },
      { text: 'forged' },
    );
    expect(wrong.statusCode).toBe(400);
    expect(await timelineOf(reference)).toEqual([]);
  });

  it('erases the timeline with the case: nothing of it is left in the table', async () => {
    const { reference, fields } = await newCase();
    await ws.post(STAFF_PATHS.contact(reference), rj, {
      ...fields,
      way: 'phone',
      outcome: 'no-answer',
      note: 'Tried the landline',
    });
    await ws.post(STAFF_PATHS.notes(reference), rj, { text: 'Neighbour answered instead' });
    expect(await timelineOf(reference)).toHaveLength(2);
    const removal = new DynamoSubmissionRemoval(ws.table.documents, ws.table.tableName);
    await removal.erase(reference, await removal.findGuardKeys(reference));
    const items = JSON.stringify(await ws.table.allItems());
    expect(items).not.toContain(reference);
    expect(items).not.toContain('Tried the landline');
    expect(items).not.toContain('Neighbour answered');
    expect((await ws.post(STAFF_PATHS.notes(reference), rj, { text: 'Too late' })).statusCode).toBe(404);
  });
});
