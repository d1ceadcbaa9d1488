import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { SEARCH_MESSAGES } from '../../../functions/search/classify.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let rj: TestMember;
let youth: TestMember;
let admin: TestMember;
/** A referral for the restorative justice team, and one for youth justice with the same phone number. */
let adult = '';
let young = '';

const PERSON = {
  name: 'Morgan  Tester',
  phone: '07700 900 555',
  email: 'Morgan.Tester@Example.org',
  area: '12 Hill Street, Manchester m1 2ab',
  safeWays: ['email', 'phone'],
};

beforeAll(async () => {
  ws = await inProcessStaff();
  [rj, youth, admin] = await Promise.all([
    ws.signIn(['restorative-justice'], 'Robin RJ'),
    ws.signIn(['youth-justice'], 'Yan Youth'),
    ws.signIn(['admins'], 'Alex Admin'),
  ]);
  adult = await ws.submit('referral', PERSON);
  young = await ws.submit('referral', { ...PERSON, name: 'Jamie Young', ageBand: 'under-18' });
  await ws.submit('referral', { name: 'Someone Else', phone: '07700 900 999', area: 'Salford' });
});

afterAll(() => ws?.destroy());

const search = (as: TestMember, q: string) => ws.post(STAFF_PATHS.search, as, { q });

const found = (body: string | undefined) =>
  [...(body ?? '').matchAll(/href="\/staff\/submissions\/([^"]+)"/g)].map((m) => m[1] ?? '');

describe('finding a case', () => {
  it('finds by name, phone, email and postcode, however they are written', async () => {
    for (const q of [
      'morgan tester',
      ' MORGAN   TESTER ',
      '+44 (0)7700 900555',
      '07700900555',
      'morgan.tester@EXAMPLE.org ',
      'M1 2AB',
      'm12ab',
    ]) {
      const answer = await search(rj, q);
      expect(answer.statusCode, q).toBe(200);
      expect(found(answer.body), q).toEqual([adult]);
      expect(answer.body).toContain('1 case found by');
    }
  });

  it('never finds another team’s case: each team sees only its own for the same number', async () => {
    expect(found((await search(youth, '07700 900 555')).body)).toEqual([young]);
    expect(found((await search(rj, '07700 900 555')).body)).toEqual([adult]);
    expect(found((await search(youth, 'Morgan Tester')).body)).toEqual([]);
    const admins = (await search(admin, '07700900555')).body;
    expect(new Set(found(admins))).toEqual(new Set([adult, young]));
  });

  it('says when nothing is found', async () => {
    const answer = await search(rj, 'Nobody Here');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('0 cases found by name in your team');
  });

  it('opens a reference straight away, and the case’s own 404 rules still apply', async () => {
    const mine = await search(rj, adult.toLowerCase());
    expect(mine.statusCode).toBe(303);
    expect(mine.headers.location).toBe(STAFF_PATHS.submission(adult));
    const theirs = await search(youth, adult);
    expect(theirs.headers.location).toBe(STAFF_PATHS.submission(adult));
    expect((await ws.request('GET', STAFF_PATHS.submission(adult), { as: youth })).statusCode).toBe(404);
  });

  it('refuses nothing, too little, too much and control characters with a GOV.UK error (400), never a 500', async () => {
    for (const [q, message] of [
      ['', SEARCH_MESSAGES.empty],
      ['  ', SEARCH_MESSAGES.empty],
      ['ab', SEARCH_MESSAGES.short],
      ['x'.repeat(101), SEARCH_MESSAGES.long],
      ['07700\u0000900555', SEARCH_MESSAGES.hostile],
      ['Morgan\u202eTester', SEARCH_MESSAGES.hostile],
    ] as const) {
      const answer = await search(rj, q);
      expect(answer.statusCode, JSON.stringify(q)).toBe(400);
      expect(answer.body).toContain('govuk-error-summary');
      expect(answer.body).toContain(message);
      expect(answer.body).not.toContain('\u0000');
    }
  });

  it('shows the empty search form when nothing was asked yet', async () => {
    const answer = await ws.request('GET', STAFF_PATHS.search, { as: rj });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('name="q"');
    expect(answer.body).not.toContain('govuk-error-summary');
    expect(answer.body).toContain('method="post"');
    // What is typed is never read from the address (it would sit in history and access logs).
    const fromAddress = await ws.request('GET', STAFF_PATHS.search, { as: rj, query: 'q=07700900432' });
    expect(fromAddress.body).not.toContain('id="found"');
    // A search is a POST like any other: without the anti-forgery token it is refused.
    const forged = await ws.request('POST', STAFF_PATHS.search, {
      as: rj,
      form: new URLSearchParams({ q: '07700900432' }),
    });
    expect(forged.statusCode).toBe(400);
  });

  it('audits every search by its kind and count, never what was typed', async () => {
    const member = await ws.signIn(['restorative-justice'], 'Sasha Searcher');
    await search(member, '+44 7700 900555');
    await search(member, 'Morgan Tester');
    await search(member, adult);
    const entries = await ws.staff.auditBy(member.sub, 50);
    expect(entries.map((e) => [e.action, e.detail]).sort()).toEqual(
      [
        ['searched', 'by name, 1 found'],
        ['searched', 'by phone number, 1 found'],
        ['searched', 'by reference'],
      ].sort(),
    );
    const stored = JSON.stringify(entries).toLowerCase();
    for (const typed of ['7700', 'morgan', 'tester', adult.toLowerCase()])
      expect(stored).not.toContain(typed);
  });
});

describe('token items', () => {
  const tokenItems = async (reference: string) =>
    (await ws.table.allItems()).filter((item) => item.kind === 'find-token' && item.reference === reference);

  it('are written with the record, listed on it, and hold only keyed hashes', async () => {
    const record = await ws.table.store.get(adult);
    const items = await tokenItems(adult);
    // name, phone, email, postcode
    expect(items).toHaveLength(4);
    expect(new Set(record?.findKeys)).toEqual(new Set(items.map((i) => i.pk)));
    for (const item of items) {
      expect(item.lookup).toMatch(/^FIND#[0-9a-f]{64}$/);
      expect(item.expiresAt).toBe(record?.expiresAt);
      expect(item.team).toBe('restorative-justice');
    }
    expect(JSON.stringify(items).toLowerCase()).not.toMatch(/morgan|7700|m12ab/);
  });

  it('go when the submission is erased, and it is not found again', async () => {
    const gone = await ws.submit('referral', { ...PERSON, name: 'Erin Erased', phone: '07700 900 777' });
    expect(found((await search(rj, '07700900777')).body)).toEqual([gone]);
    expect(await tokenItems(gone)).toHaveLength(4);
    const erased = await ws.post(STAFF_PATHS.erase(gone), admin, { confirm: gone });
    expect(erased.statusCode).toBe(200);
    expect(await tokenItems(gone)).toEqual([]);
    expect(found((await search(rj, '07700900777')).body)).toEqual([]);
    expect(found((await search(rj, 'Erin Erased')).body)).toEqual([]);
  });

  it('are not found past the record’s retention, and the twin’s TTL sweep removes them with it', async () => {
    const old = await ws.submit('referral', { ...PERSON, name: 'Olly Old', phone: '07700 900 888' });
    const record = await ws.table.store.get(old);
    const after = new Date(((record?.expiresAt ?? 0) + 60) * 1000);
    ws.setNow(() => after);
    try {
      const later = await ws.signIn(['restorative-justice'], 'Lee Later', after);
      const answer = await search(later, 'Olly Old');
      expect(answer.statusCode).toBe(200);
      expect(found(answer.body)).toEqual([]);
    } finally {
      ws.setNow(() => new Date());
    }
    await new DynamoSubmissionRemoval(ws.table.documents, ws.table.tableName).sweepExpired(after);
    expect(await tokenItems(old)).toEqual([]);
    expect(await tokenItems(adult)).toEqual([]);
  });
});
