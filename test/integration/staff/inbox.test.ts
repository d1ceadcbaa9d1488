import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { REFERENCE_ALPHABET } from '../../../functions/submissions/reference.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

/**
 * The inbox against DynamoDB Local (issue 20): counts by Select COUNT with the list's own filter,
 * pages both ways, the Reached and Now at filters, urgency apart from markers, and bulk assign.
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let rj: TestMember;
let rjOther: TestMember;
let youth: TestMember;

/** A month before the clock, so every record is well within its retention whenever this runs. */
const BASE = Date.now() - 30 * 86_400_000;
const minutes = (n: number) => new Date(BASE + n * 60_000);
const STATUSES = ['assessed', undefined, 'closed'] as const;
/** 60 referrals to the Restorative Justice Team, a minute apart (two share a time), a third each assessed, received, closed. */
const rjRefs: string[] = [];
let youthOld = '';
let youthAtRisk = '';

const code = (n: number) =>
  Array.from(
    { length: 4 },
    (_, i) => REFERENCE_ALPHABET[Math.floor(n / REFERENCE_ALPHABET.length ** i) % REFERENCE_ALPHABET.length],
  ).join('');

const put = (item: object) =>
  ws.table.documents.send(new PutCommand({ TableName: ws.table.tableName, Item: item }));

beforeAll(async () => {
  ws = await inProcessStaff();
  const referral = findForm('referral');
  if (!referral) throw new Error('referral');
  for (let i = 0; i < 60; i += 1) {
    const reference = `RJ-2222-${code(i)}`;
    // Records 10 and 11 share a time: the order breaks the tie by reference, and no page loses one.
    const at = minutes(i === 11 ? 10 : i);
    const status = STATUSES[i % 3];
    rjRefs.push(reference);
    await put({
      ...buildRecord(referral, ws.config, VALID_ANSWERS.referral ?? {}, reference, at),
      ...(status ? { status } : {}),
    });
  }
  const youthAnswers = { ...VALID_ANSWERS.referral, ageBand: 'under-18' };
  youthOld = 'RJ-3333-2222';
  // From before urgency was apart from markers: "Under 18" kept in `urgent`.
  await put({
    ...buildRecord(referral, ws.config, youthAnswers, youthOld, minutes(100)),
    urgent: ['Under 18'],
  });
  youthAtRisk = 'RJ-3333-3333';
  await put(
    buildRecord(
      referral,
      ws.config,
      { ...youthAnswers, stillAtRisk: 'yes' },
      youthAtRisk,
      new Date('2026-11-03T10:00:00Z'),
    ),
  );
  [rj, rjOther, youth] = await Promise.all([
    ws.signIn(['restorative-justice'], 'Robin RJ'),
    ws.signIn(['restorative-justice'], 'Sam Second'),
    ws.signIn(['youth-justice'], 'Yan Youth'),
  ]);
}, 120_000);

afterAll(() => ws?.destroy());

const inbox = async (as: TestMember, query = '') => {
  const result = await ws.request('GET', STAFF_PATHS.inbox, { as, query });
  return { status: result.statusCode, html: String(result.body) };
};

const referencesIn = (html: string) =>
  [...html.matchAll(/<a class="govuk-link" href="\/staff\/submissions\/([^"]+)">/g)].map((m) => m[1]);
const showing = (html: string) => /id="showing">([^<]+)</.exec(html)?.[1];
const link = (html: string, rel: 'next' | 'prev') => {
  const href = new RegExp(`href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
  return href?.replaceAll('&amp;', '&').split('?')[1];
};

describe('the inbox counts and pages both ways', () => {
  it('says where each page stands, and comes back the same way it went', async () => {
    const newestFirst = [...rjRefs].reverse();
    // Record 11 was put at record 10's time: by reference within it, newest first.
    const expected = newestFirst.filter((r) => r !== rjRefs[11] && r !== rjRefs[10]);
    const tie = [rjRefs[10], rjRefs[11]].sort().reverse() as string[];
    expected.splice(expected.indexOf(rjRefs[9] ?? ''), 0, ...tie);
    const first = await inbox(rj);
    expect(showing(first.html)).toBe('Showing 1 to 25 of 60');
    expect(referencesIn(first.html)).toEqual(expected.slice(0, 25));
    expect(link(first.html, 'prev')).toBeUndefined();
    const second = await inbox(rj, link(first.html, 'next'));
    expect(showing(second.html)).toBe('Showing 26 to 50 of 60');
    expect(referencesIn(second.html)).toEqual(expected.slice(25, 50));
    const third = await inbox(rj, link(second.html, 'next'));
    expect(showing(third.html)).toBe('Showing 51 to 60 of 60');
    expect(referencesIn(third.html)).toEqual(expected.slice(50));
    expect(link(third.html, 'next')).toBeUndefined();
    const back = await inbox(rj, link(third.html, 'prev'));
    expect(showing(back.html)).toBe('Showing 26 to 50 of 60');
    expect(referencesIn(back.html)).toEqual(expected.slice(25, 50));
    const start = await inbox(rj, link(back.html, 'prev'));
    expect(referencesIn(start.html)).toEqual(expected.slice(0, 25));
    expect(showing(start.html)).toBe('Showing 1 to 25 of 60');
    expect(link(start.html, 'prev')).toBeUndefined();
  });

  it('counts with the filters on, oldest first too', async () => {
    const oldest = await inbox(rj, 'order=oldest&progress=received');
    expect(showing(oldest.html)).toBe('Showing 1 to 20 of 20');
    expect(referencesIn(oldest.html)[0]).toBe(rjRefs[1]);
  });
});

describe('Reached apart from Now at', () => {
  it('finds a case that has moved on under Reached, not under Now at', async () => {
    const reached = await inbox(rj, 'reached=first-contact');
    // The assessed ones (20); closed ones cannot be told apart from closures before contact.
    expect(showing(reached.html)).toBe('Showing 1 to 20 of 20');
    expect(referencesIn(reached.html)).toContain(rjRefs[0]);
    expect(showing((await inbox(rj, 'progress=first-contact')).html)).toBeUndefined();
    expect(showing((await inbox(rj, 'progress=assessed')).html)).toBe('Showing 1 to 20 of 20');
    expect(showing((await inbox(rj, 'reached=closed')).html)).toBe('Showing 1 to 20 of 20');
    expect((await inbox(rj, 'reached=received')).status).toBe(400);
  });

  it('shows the waiting time only while a case waits', async () => {
    const { html } = await inbox(rj, 'progress=closed');
    expect(html).not.toMatch(/working days?</);
    expect(html).toContain('—');
    expect((await inbox(rj, 'progress=received')).html).toMatch(/\d+ working days/);
  });
});

describe('urgency apart from markers', () => {
  it('does not make the Youth Justice urgent filter its whole under-18 inbox, old records included', async () => {
    const all = await inbox(youth);
    expect(referencesIn(all.html).sort()).toEqual([youthOld, youthAtRisk].sort());
    const urgent = await inbox(youth, 'urgent=yes');
    expect(referencesIn(urgent.html)).toEqual([youthAtRisk]);
    expect(showing(urgent.html)).toBe('Showing 1 to 1 of 1');
    expect(all.html).toContain('Under 18');
  });
});

describe('bulk assign', () => {
  const assign = (as: TestMember, references: string[], to: string, back = 'order=newest') => {
    const form = new URLSearchParams({ csrf: as.csrf, 'assign-to': to, back });
    for (const r of references) form.append('reference', r);
    return ws.request('POST', STAFF_PATHS.bulkAssign, { as, form });
  };

  it('assigns the selected cases to someone in their team, each audited, and says so', async () => {
    const chosen = [rjRefs[3], rjRefs[4], rjRefs[5]] as string[];
    const result = await assign(rj, chosen, rjOther.sub);
    expect(result.statusCode).toBe(303);
    const to = result.headers.location ?? '';
    expect(to).toBe(`${STAFF_PATHS.inbox}?order=newest&assigned=3&to=${encodeURIComponent(rjOther.sub)}`);
    for (const reference of chosen) {
      expect((await ws.table.store.get(reference))?.assignee).toBe(rjOther.sub);
      const audit = await ws.staff.auditFor(reference);
      expect(audit.filter((e) => e.action === 'assigned').map((e) => e.detail)).toEqual(['to Sam Second']);
    }
    const page = await inbox(rj, to.split('?')[1]);
    expect(page.html).toContain('3 cases assigned to Sam Second');
  });

  it('says clearly when nothing is selected, or nobody is chosen', async () => {
    const none = await assign(rj, [], rjOther.sub);
    expect(none.statusCode).toBe(400);
    expect(String(none.body)).toContain('Select at least one case to assign');
    const nobody = await assign(rj, [rjRefs[6] ?? ''], '');
    expect(nobody.statusCode).toBe(400);
    expect(String(nobody.body)).toContain('Choose who to assign the selected cases to');
  });

  it('refuses another team’s reference (404, audited), writing nothing, even beside one of mine', async () => {
    const mine = rjRefs[7] ?? '';
    const result = await assign(rj, [mine, youthAtRisk], rjOther.sub);
    expect(result.statusCode).toBe(404);
    expect((await ws.table.store.get(mine))?.assignee).toBeUndefined();
    expect((await ws.table.store.get(youthAtRisk))?.assignee).toBeUndefined();
    const refused = (await ws.staff.auditFor(youthAtRisk)).filter((e) => e.action === 'refused');
    expect(refused.map((e) => e.detail)).toEqual([
      'Asked to assign it: another team’s (Youth Justice Service)',
    ]);
    expect((await assign(rj, ['RJ-ZZZZ-ZZZZ'], rjOther.sub)).statusCode).toBe(404);
  });

  it('refuses someone who is not in the case’s team', async () => {
    const result = await assign(rj, [rjRefs[8] ?? ''], youth.sub);
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('choose someone in the team of every case you select');
    expect((await ws.table.store.get(rjRefs[8] ?? ''))?.assignee).toBeUndefined();
  });

  it('refuses a post without the anti-forgery token', async () => {
    const form = new URLSearchParams({ 'assign-to': rjOther.sub, reference: rjRefs[9] ?? '' });
    const result = await ws.request('POST', STAFF_PATHS.bulkAssign, { as: rj, form });
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('This form has expired');
    expect((await ws.table.store.get(rjRefs[9] ?? ''))?.assignee).toBeUndefined();
  });
});
