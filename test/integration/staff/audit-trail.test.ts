import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { confirmationClaimOf } from '../../../functions/staff/erasure.ts';
import type { AuditEntry } from '../../../functions/storage/staff-store.ts';
import { londonDay } from '../../../functions/time/london.ts';
import { TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let rj: TestMember;
let youth: TestMember;
let admin: TestMember;

beforeAll(async () => {
  ws = await inProcessStaff();
  [rj, youth, admin] = await Promise.all([
    ws.signIn(['restorative-justice'], 'Robin RJ'),
    ws.signIn(['youth-justice'], 'Yan Youth'),
    ws.signIn(['admins'], 'Alex Admin'),
  ]);
});

afterAll(() => ws?.destroy());

const by = async (member: TestMember, action: AuditEntry['action']) =>
  (await ws.staff.auditBy(member.sub, 200)).filter((e) => e.action === action);

/** Today's date fields for the step form, and the rest of a first contact by email. */
const firstContact = (version = '0') => {
  const [year, month, day] = londonDay(new Date()).split('-');
  return {
    step: 'first-contact',
    'detail-first-contact': 'email',
    'on-day': String(Number(day)),
    'on-month': String(Number(month)),
    'on-year': year ?? '',
    version,
  };
};

describe('refused attempts reach the audit trail, with the account and what was asked', () => {
  it('another team’s reference: the same 404 as one that does not exist, and both audited', async () => {
    const theirs = await ws.submit('referral');
    const nowhere = 'RJ-ZZZZ-ZZZZ';
    const refused = await ws.request('GET', STAFF_PATHS.submission(theirs), { as: youth });
    const missing = await ws.request('GET', STAFF_PATHS.submission(nowhere), { as: youth });
    expect(refused.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(refused.body).toBe(missing.body);
    expect(await ws.staff.auditFor(theirs)).toEqual([
      expect.objectContaining({
        action: 'refused',
        actor: youth.sub,
        actorName: 'Yan Youth',
        reference: theirs,
        detail: 'Asked to open it: another team’s (Restorative Justice Team)',
      }),
    ]);
    expect(await ws.staff.auditFor(nowhere)).toEqual([
      expect.objectContaining({
        action: 'refused',
        actor: youth.sub,
        detail: 'Asked to open it: no such submission',
      }),
    ]);
    // Nothing of it is shown as opened.
    expect(await ws.staff.openedAmong([theirs])).toEqual(new Set());
  });

  it('another team’s reference on every route that reads or changes one', async () => {
    const theirs = await ws.submit('referral');
    expect((await ws.request('GET', STAFF_PATHS.steps(theirs), { as: youth })).statusCode).toBe(404);
    expect((await ws.post(STAFF_PATHS.steps(theirs), youth, firstContact())).statusCode).toBe(404);
    expect((await ws.post(STAFF_PATHS.assignee(theirs), youth, { assignee: youth.sub })).statusCode).toBe(
      404,
    );
    const details = (await ws.staff.auditFor(theirs)).map((e) => `${e.action}: ${e.detail}`).sort();
    expect(details).toEqual([
      'refused: Asked to assign it: another team’s (Restorative Justice Team)',
      'refused: Asked to record a step: another team’s (Restorative Justice Team)',
      'refused: Asked to record a step: another team’s (Restorative Justice Team)',
    ]);
    expect((await ws.table.store.get(theirs))?.steps).toBeUndefined();
  });

  it('an admin’s page asked for by someone else: the usual 404, audited', async () => {
    const reference = await ws.submit('referral');
    expect((await ws.request('GET', STAFF_PATHS.audit, { as: rj })).statusCode).toBe(404);
    expect((await ws.request('GET', STAFF_PATHS.erase(reference), { as: rj })).statusCode).toBe(404);
    expect((await ws.request('GET', STAFF_PATHS.report, { as: rj })).statusCode).toBe(404);
    const refused = (await by(rj, 'refused')).map((e) => e.detail);
    expect(refused).toContain('Asked for the audit trail (admins only)');
    expect(refused).toContain('Asked to erase it: erasing is for admins only');
    expect(refused).toContain('Asked for the progress report (team leads and admins only)');
    expect(await ws.table.store.get(reference)).toBeDefined();
  });

  it('a post from another website, and one without the page’s token: refused as before, audited', async () => {
    const reference = await ws.submit('referral');
    const crossSite = await ws.request('POST', STAFF_PATHS.assignee(reference), {
      as: rj,
      form: new URLSearchParams({ csrf: rj.csrf, assignee: rj.sub }),
      headers: { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(400);
    expect(crossSite.body).toContain('This was sent from another website, so it was not done.');
    const forged = await ws.post(
      STAFF_PATHS.assignee(reference),
      { ...rj, csrf: 'not-the-token' },
      { assignee: rj.sub },
    );
    expect(forged.statusCode).toBe(400);
    const refused = (await by(rj, 'refused')).map((e) => e.detail);
    expect(refused).toContain(`A post from another website to ${STAFF_PATHS.assignee(reference)}`);
    expect(refused).toContain(
      `A post to ${STAFF_PATHS.assignee(reference)} without this session’s anti-forgery token`,
    );
    expect((await ws.table.store.get(reference))?.assignee).toBeUndefined();
  });
});

describe('one “opened” per person per submission per sign-in', () => {
  it('records the first opening of a session, not each redirect back to the page', async () => {
    const reference = await ws.submit('referral');
    const member = await ws.signIn(['restorative-justice'], 'Sam Saves');
    for (const query of ['', 'done=recorded', 'done=assigned']) {
      expect(
        (await ws.request('GET', STAFF_PATHS.submission(reference), { as: member, query })).statusCode,
      ).toBe(200);
    }
    expect((await ws.staff.auditFor(reference)).filter((e) => e.action === 'viewed')).toHaveLength(1);
    // Signing in again is another sign-in: its first opening is recorded.
    const again = await ws.signIn(['restorative-justice'], 'Sam Saves');
    await ws.request('GET', STAFF_PATHS.submission(reference), { as: again });
    expect((await ws.staff.auditFor(reference)).filter((e) => e.action === 'viewed')).toHaveLength(2);
  });

  it('records the step page too, once a session', async () => {
    const reference = await ws.submit('referral');
    for (let i = 0; i < 2; i += 1)
      expect((await ws.request('GET', STAFF_PATHS.steps(reference), { as: rj })).statusCode).toBe(200);
    expect((await ws.staff.auditFor(reference)).map((e) => e.action)).toEqual(['viewed-steps']);
  });
});

describe('every route that reads or changes a submission keeps to its retention', () => {
  it('refuses to show, record a step on, assign or erase a record past its retention', async () => {
    const reference = await ws.submit('referral');
    const record = await ws.table.store.get(reference);
    // The clock set past its retention: DynamoDB's TTL may take days to delete it. Sessions are
    // started then, so they are live at that time.
    const later = new Date(((record?.expiresAt ?? 0) + 60) * 1000);
    ws.setNow(() => later);
    try {
      const rj = await ws.signIn(['restorative-justice'], 'Robin RJ', later);
      const admin = await ws.signIn(['admins'], 'Alex Admin', later);
      expect((await ws.request('GET', STAFF_PATHS.submission(reference), { as: rj })).statusCode).toBe(404);
      expect((await ws.request('GET', STAFF_PATHS.steps(reference), { as: rj })).statusCode).toBe(404);
      expect((await ws.post(STAFF_PATHS.steps(reference), rj, firstContact())).statusCode).toBe(404);
      expect((await ws.post(STAFF_PATHS.assignee(reference), rj, { assignee: rj.sub })).statusCode).toBe(404);
      expect((await ws.post(STAFF_PATHS.erase(reference), admin, { confirm: reference })).statusCode).toBe(
        404,
      );
    } finally {
      ws.setNow(() => new Date());
    }
    const after = await ws.table.store.get(reference);
    expect(after?.steps).toBeUndefined();
    expect(after?.assignee).toBeUndefined();
    const refused = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'refused');
    expect(refused).toHaveLength(5);
    expect(refused.every((e) => e.detail?.endsWith('past its retention'))).toBe(true);
  });
});

describe('the audit trail reads in words', () => {
  it('names a recorded step by its label and day, and every action in words', async () => {
    const reference = await ws.submit('referral');
    const saved = await ws.post(STAFF_PATHS.steps(reference), rj, firstContact());
    expect(saved.statusCode).toBe(303);
    const [entry] = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'step-recorded');
    expect(entry?.detail).toMatch(/^First contact made, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const page = await ws.request('GET', STAFF_PATHS.audit, { as: admin, query: `reference=${reference}` });
    expect(page.body).toContain('Recorded a step');
    expect(page.body).toContain('First contact made');
    expect(page.body).not.toContain('first-contact on');
  });
});

describe('a query or form parameter cannot reach an object’s prototype', () => {
  it('shows the submission for ?done=__proto__ or constructor', async () => {
    const reference = await ws.submit('referral');
    for (const done of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const page = await ws.request('GET', STAFF_PATHS.submission(reference), {
        as: rj,
        query: `done=${done}`,
      });
      expect(page.statusCode, done).toBe(200);
    }
  });

  it('takes a step form with fields named __proto__ and constructor as plain fields', async () => {
    const reference = await ws.submit('referral');
    const form = new URLSearchParams({ csrf: rj.csrf, __proto__: 'x', constructor: 'y', ...firstContact() });
    form.append('step', 'toString');
    const saved = await ws.request('POST', STAFF_PATHS.steps(reference), { as: rj, form });
    expect(saved.statusCode).toBe(303);
  });
});

describe('erasing in the workspace', () => {
  it('writes the entry first, then removes the record, its guard and its confirmation claim', async () => {
    const reference = await ws.submit('referral');
    const mine = async () =>
      (await ws.table.allItems()).filter((i) => i.pk === reference || i.reference === reference);
    // The confirmation claim, as the notifier takes it for the address the person marked safe.
    const record = await ws.table.store.get(reference);
    const form = findForm('referral');
    if (!record || !form) throw new Error('no record');
    const [claim] = confirmationClaimOf(form, record, TEST_HASH_KEY);
    expect(claim).toBeDefined();
    await ws.table.limit.claim(claim ?? '', reference, new Date(), Math.floor(Date.now() / 1000) + 3600);
    // With its four search token items (name, phone, email, postcode), which go with it too.
    expect((await mine()).map((i) => i.kind).sort()).toEqual([
      'confirmation-limit',
      ...Array(4).fill('find-token'),
      'guard',
      'submission',
    ]);

    ws.failAudit(true);
    try {
      const failed = await ws.post(STAFF_PATHS.erase(reference), admin, { confirm: reference });
      expect(failed.statusCode).toBe(500);
    } finally {
      ws.failAudit(false);
    }
    expect(await mine()).toHaveLength(7);

    const erased = await ws.post(STAFF_PATHS.erase(reference), admin, { confirm: reference });
    expect(erased.statusCode).toBe(200);
    expect(await mine()).toEqual([]);
    expect((await ws.staff.auditFor(reference)).map((e) => e.action)).toContain('erased');
  });
});

/** An export of today's referrals (the day the test's submissions were made). */
const todaysReferrals = () => {
  const [y, m, d] = londonDay(new Date()).split('-');
  const day = (which: string) => `${which}-day=${Number(d)}&${which}-month=${Number(m)}&${which}-year=${y}`;
  return `form=referral&${day('from')}&${day('to')}&download=csv`;
};

describe('exporting answers by role', () => {
  const exportCsv = (as: TestMember) =>
    ws.request('GET', STAFF_PATHS.export, { as, query: todaysReferrals() });

  it('gives a team member references, dates and progress but no answers; a lead and an admin every answer', async () => {
    const reference = await ws.submit('referral', { whatHappened: 'A shed was broken into on Elm Road.' });
    const lead = await ws.signIn(['restorative-justice-lead'], 'Lee Lead');
    const member = await exportCsv(rj);
    expect(member.statusCode).toBe(200);
    expect(member.body).toContain(reference);
    expect(member.body).toContain('Status');
    expect(member.body).not.toContain('Elm Road');
    expect((await by(rj, 'exported')).at(0)?.detail).toContain('without answers');
    for (const who of [lead, admin]) {
      const full = await exportCsv(who);
      expect(full.statusCode).toBe(200);
      expect(full.body).toContain('Elm Road');
    }
    expect((await by(lead, 'exported')).at(0)?.detail).toContain('with answers');
  });

  it('gives a team’s members every answer when the deployer allows it', async () => {
    const config = testConfig();
    const allowed = await inProcessStaff({
      ...config,
      teams: {
        ...config.teams,
        'restorative-justice': {
          name: 'Restorative Justice Team',
          email: 'rj@example.org',
          membersExportAnswers: true,
        },
      },
    });
    try {
      await allowed.submit('referral', { whatHappened: 'A bike was taken from Ash Lane.' });
      const member = await allowed.signIn(['restorative-justice']);
      const csv = await allowed.request('GET', STAFF_PATHS.export, { as: member, query: todaysReferrals() });
      expect(csv.body).toContain('Ash Lane');
    } finally {
      allowed.destroy();
    }
  });
});
