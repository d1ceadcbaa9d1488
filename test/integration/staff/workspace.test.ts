import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS, STAFF_SESSION } from '../../../functions/contract/service-contract.ts';
import { hashOf } from '../../../functions/staff/auth/sessions.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { parseCsv } from '../../unit/ops/parse-csv.ts';
import { referenceOf, type SpineTwin, startSpineTwin } from '../spine/spine-twin.ts';
import { csrfFrom, referencesIn, sessionFor, signInAs, staffFetch } from './staff-client.ts';

let twin: SpineTwin;
let staffStore: DynamoStaffStore;
let documents: ReturnType<typeof makeDocumentClient>;
/** Submissions for three teams: restorative justice, youth justice (under 18), tenancy (council tenant). */
const refs = { adult: '', youth: '', council: '' };
let rj = '';
let youth = '';
let admin = '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  twin = await startSpineTwin();
  documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  staffStore = new DynamoStaffStore(documents, twin.staffTableName);
  const post = async (formId: string, answers: Record<string, unknown>) => {
    const reference = await referenceOf(await twin.postJson(formId, { ...answers, formOpenMs: '5000' }));
    await pause(5); // distinct times, so the order is known
    return reference;
  };
  refs.adult = await post('referral', VALID_ANSWERS.referral ?? {});
  refs.youth = await post('referral', { ...VALID_ANSWERS.referral, ageBand: 'under-18' });
  refs.council = await post('nuisance', { ...VALID_ANSWERS.nuisance, landlord: 'council' });
  [rj, youth, admin] = await Promise.all([
    sessionFor(twin, 'restorative-justice'),
    sessionFor(twin, 'youth-justice'),
    sessionFor(twin, 'admins'),
  ]);
}, 120_000);

afterAll(async () => {
  documents?.destroy();
  await twin?.stop();
});

const page = async (path: string, session: string | undefined, init = {}) => {
  const response = await staffFetch(twin, path, session, init);
  return { status: response.status, html: await response.text(), response };
};

describe('signing in', () => {
  it('asks for sign-in on every page when there is no session, and comes back to the page after', async () => {
    for (const path of [STAFF_PATHS.inbox, STAFF_PATHS.submission(refs.adult), STAFF_PATHS.audit]) {
      const { status, html } = await page(path, undefined);
      expect(status, path).toBe(401);
      expect(html).toContain('Sign in to the staff workspace');
      expect(html).toContain(
        `http-equiv="refresh" content="0; url=/staff/sign-in?returnTo=${encodeURIComponent(path)}`,
      );
    }
  });

  it('refuses a forged or unknown session cookie the same way', async () => {
    const { status, html } = await page(STAFF_PATHS.inbox, 'forged-cookie-value-that-names-no-session');
    expect(status).toBe(401);
    expect(html).toContain('Your session has ended');
  });

  it('holds only an httpOnly, Secure, SameSite=Strict cookie naming a session stored by its hash', async () => {
    const { callback } = await signInAs(twin, 'quality');
    const cookie = callback?.headers.getSetCookie().find((c) => c.startsWith(STAFF_SESSION.cookie)) ?? '';
    expect(cookie).toMatch(/; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=36000$/);
    const id = cookie.split(';')[0]?.split('=')[1] ?? '';
    expect(await staffStore.getSession(id)).toBeUndefined();
    expect((await staffStore.getSession(hashOf(id)))?.member.teams).toEqual(['quality']);
    expect(await callback?.text()).not.toContain(id);
  });

  it('refuses a tampered state, and a callback replayed after it was used', async () => {
    const { callbackUrl, signInCookie } = await signInAs(twin, 'quality');
    const tampered = callbackUrl?.replace(/state=[^&]+/, 'state=tampered');
    const wrong = await fetch(tampered ?? '', {
      redirect: 'manual',
      headers: { cookie: `${STAFF_SESSION.loginCookie}=tampered` },
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Sign-in did not work');
    const replayed = await fetch(callbackUrl ?? '', {
      redirect: 'manual',
      headers: { cookie: `${STAFF_SESSION.loginCookie}=${signInCookie}` },
    });
    expect(replayed.status).toBe(400);
    expect(replayed.headers.getSetCookie().join()).not.toContain(`${STAFF_SESSION.cookie}=`);
  });

  it('refuses a state this browser was not given', async () => {
    const { callbackUrl } = await signInAs(twin, 'quality');
    const other = await fetch(callbackUrl ?? '', {
      redirect: 'manual',
      headers: { cookie: `${STAFF_SESSION.loginCookie}=someone-elses` },
    });
    expect(other.status).toBe(400);
  });

  it('gives someone in no team a page saying so, and no session', async () => {
    const { callback, session } = await signInAs(twin, 'no-team');
    expect(callback?.status).toBe(401);
    expect(await callback?.text()).toContain('Your account has no team');
    expect(session).toBeUndefined();
  });

  it('does not sign in with a wrong password', async () => {
    const { login, session } = await signInAs(twin, 'restorative-justice', 'wrong');
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('The username or password is not right');
    expect(session).toBeUndefined();
  });
});

describe('each team sees only its own work', () => {
  it('lists only my team’s submissions, newest first, with no answers', async () => {
    const { status, html } = await page(STAFF_PATHS.inbox, rj);
    expect(status).toBe(200);
    expect(referencesIn(html)).toEqual([refs.adult]);
    expect(html).not.toContain('Someone broke into my shed');
    expect(html).not.toContain('Sam');
  });

  it('answers 404 for another team’s reference, exactly as for one that does not exist', async () => {
    const theirs = await page(STAFF_PATHS.submission(refs.youth), rj);
    const none = await page(STAFF_PATHS.submission('RJ-2222-2222'), rj);
    expect(theirs.status).toBe(404);
    expect(none.status).toBe(404);
    expect(theirs.html).toBe(none.html);
    expect(theirs.html).not.toContain(refs.youth);
  });

  it('shows every answer of my own, with the safe-contact rules first', async () => {
    const { status, html } = await page(STAFF_PATHS.submission(refs.youth), youth);
    expect(status).toBe(200);
    expect(html).toContain('Someone broke into my shed and took my tools.');
    expect(html).toContain('Contact only by: email, text message.');
    expect(html).toContain('Do not leave voicemail.');
    expect(html.indexOf('How to contact them safely')).toBeLessThan(html.indexOf('What happened'));
    expect(html).toContain('Under 18');
  });

  it('lets an admin see every team', async () => {
    const { html } = await page(STAFF_PATHS.inbox, admin);
    expect(referencesIn(html)).toEqual([refs.council, refs.youth, refs.adult]);
    expect((await page(STAFF_PATHS.submission(refs.council), admin)).status).toBe(200);
  });

  it('filters by form, urgency, status and order', async () => {
    const list = async (query: string) =>
      referencesIn((await page(`${STAFF_PATHS.inbox}?${query}`, admin)).html);
    expect(await list('form=nuisance')).toEqual([refs.council]);
    // Under 18 is a marker, not urgency (issue 20): none of these is urgent.
    expect(await list('urgent=yes')).toEqual([]);
    expect(await list('order=oldest')).toEqual([refs.adult, refs.youth, refs.council]);
    expect(await list('status=opened')).toEqual([refs.council, refs.youth]);
    expect(await list('status=new')).toEqual([refs.adult]);
  });

  it('does not let a filter name another team', async () => {
    const { status } = await page(`${STAFF_PATHS.inbox}?team=youth-justice`, rj);
    expect(status).toBe(400);
  });

  it('answers malformed and oversized addresses with a 4xx page, never a 500', async () => {
    for (const [path, expected] of [
      [`${STAFF_PATHS.inbox}?after=not-a-cursor`, 400],
      [`${STAFF_PATHS.inbox}?form=unknown`, 400],
      [`${STAFF_PATHS.inbox}?order=sideways`, 400],
      [`${STAFF_PATHS.inbox}?q=${'x'.repeat(3000)}`, 400],
      ['/staff/submissions/%E0%A4%A', 404],
      ['/staff/submissions/..%2F..%2Fetc', 404],
      ['/staff/nothing-here', 404],
    ] as const) {
      const { status, html } = await page(path, rj);
      expect(status, path).toBe(expected);
      expect(html).toContain('<h1');
    }
    expect((await page(STAFF_PATHS.inbox, rj, { method: 'POST' })).status).toBe(405);
  });
});

describe('every access is recorded', () => {
  it('records an opening, shows who has opened it, and lists it for admins by reference and by person', async () => {
    await page(STAFF_PATHS.submission(refs.adult), rj);
    const { html } = await page(STAFF_PATHS.submission(refs.adult), rj);
    expect(html).toContain('Who has opened this');
    expect(html).toContain('Restorative Justice Team member');
    const entries = await staffStore.auditFor(refs.adult);
    // Opened twice in one sign-in: one opening (not one per reload).
    const rjSub = (await staffStore.getSession(hashOf(rj)))?.member.sub;
    expect(entries.filter((e) => e.action === 'viewed' && e.actor === rjSub)).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('shed');
    const byReference = await page(`${STAFF_PATHS.audit}?reference=${refs.adult}`, admin);
    expect(byReference.html).toContain('Opened');
    const actor = entries[0]?.actor ?? '';
    const byPerson = await page(`${STAFF_PATHS.audit}?actor=${encodeURIComponent(actor)}`, admin);
    expect(byPerson.html).toContain('Signed in');
    expect(byPerson.html).toContain(refs.adult);
  });

  it('shows the audit trail to admins only', async () => {
    expect((await page(STAFF_PATHS.audit, rj)).status).toBe(404);
  });
});

describe('sessions and forms that change something', () => {
  it('sends every response no-store, unframeable, under the site’s CSP', async () => {
    for (const session of [undefined, rj]) {
      const { response } = await page(STAFF_PATHS.inbox, session);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('refuses a sign-out sent from another site, and one without the anti-forgery token', async () => {
    const csrf = csrfFrom((await page(STAFF_PATHS.inbox, rj)).html);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const crossSite = await page(STAFF_PATHS.signOut, rj, {
      method: 'POST',
      headers: { ...form, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      body: `csrf=${csrf}`,
    });
    expect(crossSite.status).toBe(400);
    const noToken = await page(STAFF_PATHS.signOut, rj, {
      method: 'POST',
      headers: form,
      body: 'csrf=wrong',
    });
    expect(noToken.status).toBe(400);
    expect((await page(STAFF_PATHS.inbox, rj)).status).toBe(200);
  });

  it('signs out on the server and at the provider; the old cookie is then worthless', async () => {
    const session = await sessionFor(twin, 'community-safety');
    const csrf = csrfFrom((await page(STAFF_PATHS.inbox, session)).html);
    // As Chromium sends it from a no-referrer page: Origin "null", Sec-Fetch-Site same-origin.
    const out = await page(STAFF_PATHS.signOut, session, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        origin: 'null',
      },
      body: `csrf=${csrf}`,
    });
    expect(out.status).toBe(200);
    const to = new URL(
      out.html.match(/http-equiv="refresh" content="0; url=([^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? '',
    );
    expect(to.origin).toBe(twin.oidcIssuer);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${twin.url}${STAFF_PATHS.signedOut}`);
    expect(to.searchParams.get('id_token_hint')).toBeTruthy();
    expect(out.response.headers.getSetCookie().join()).toContain(`${STAFF_SESSION.cookie}=; `);
    expect((await page(STAFF_PATHS.inbox, session)).status).toBe(401);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const session = await sessionFor(twin, 'tenancy-council');
    const stored = await staffStore.getSession(hashOf(session));
    if (!stored) throw new Error('no session');
    const longAgo = Math.floor(Date.now() / 1000) - STAFF_SESSION.idleSeconds - 5;
    await staffStore.touchSession(hashOf(session), longAgo);
    const { status, html } = await page(STAFF_PATHS.inbox, session);
    expect(status).toBe(401);
    expect(html).toContain('Your session has ended');
    expect(await staffStore.getSession(hashOf(session))).toBeUndefined();
  });
});

describe('export and erase', () => {
  const dateQuery = (prefix: string, d: Date) =>
    `${prefix}-day=${d.getUTCDate()}&${prefix}-month=${d.getUTCMonth() + 1}&${prefix}-year=${d.getUTCFullYear()}`;
  // From yesterday to today as the twin reads them (UTC days) when asked, not when this file
  // loaded: the submissions made in between stay inside the range across a midnight.
  const exportPath = (form: string) =>
    `${STAFF_PATHS.export}?form=${form}&${dateQuery('from', new Date(Date.now() - 86_400_000))}&${dateQuery('to', new Date())}&download=csv`;

  it('exports my team’s submissions only, as safe CSV without answers for a member, and records the export', async () => {
    const { status, response, html } = await page(exportPath('referral'), rj);
    expect(status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="referral-/);
    const [header, ...rows] = parseCsv(html.replace(/^\uFEFF/, ''));
    expect(header?.[0]).toBe('Reference');
    expect(rows.map((r) => r[0])).toEqual([refs.adult]);
    // A member (not a team lead) exports references, dates and progress: no answers.
    expect(rows[0]).not.toContain('Someone broke into my shed and took my tools.');
    expect(header).toContain('Status');
    const entries = await staffStore.auditBy((await staffStore.getSession(hashOf(rj)))?.member.sub ?? '', 50);
    expect(entries.find((e) => e.action === 'exported')?.detail).toMatch(
      /^Ask about restorative justice received from \d{1,2} [A-Z][a-z]+ \d{4} to .*: 1 submission, without answers$/,
    );
    const all = parseCsv((await page(exportPath('referral'), admin)).html.replace(/^\uFEFF/, ''));
    expect(all.flat()).toContain('Someone broke into my shed and took my tools.');
    expect(
      all
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([refs.adult, refs.youth].sort());
  });

  it('shows the export form, and its problems, as GOV.UK questions', async () => {
    expect((await page(STAFF_PATHS.export, rj)).html).toContain('Download CSV');
    const { status, html } = await page(
      `${STAFF_PATHS.export}?form=&from-day=31&from-month=2&from-year=2026&download=csv`,
      rj,
    );
    expect(status).toBe(400);
    expect(html).toContain('Select a form');
    expect(html).toContain('The first day must be a real date');
    expect(html).toContain('Enter the last day');
  });

  it('lets only an admin erase, after typing the reference; the audit trail outlives the record', async () => {
    const reference = await referenceOf(
      await twin.postJson('feedback', { ...VALID_ANSWERS.feedback, formOpenMs: '5000' }),
    );
    expect((await page(STAFF_PATHS.erase(reference), rj)).status).toBe(404);
    const confirm = await page(STAFF_PATHS.erase(reference), admin);
    expect(confirm.status).toBe(200);
    const csrf = csrfFrom(confirm.html);
    const post = (typed: string) =>
      page(STAFF_PATHS.erase(reference), admin, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        body: new URLSearchParams({ csrf, confirm: typed }).toString(),
      });
    const wrong = await post('FB-2222-2222');
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain(`Type ${reference} to erase it`);
    expect(await twin.record(reference)).toBeDefined();
    const done = await post(reference.toLowerCase());
    expect(done.status).toBe(200);
    expect(done.html).toContain(`${reference} has been erased`);
    expect(await twin.record(reference)).toBeUndefined();
    // Nothing is left: the duplicate guard (found by the reference it carries) went with it.
    expect((await twin.items()).filter((i) => i.pk === reference || i.reference === reference)).toEqual([]);
    expect((await page(STAFF_PATHS.submission(reference), admin)).status).toBe(404);
    const trail = await staffStore.auditFor(reference);
    expect(trail.map((e) => e.action)).toContain('erased');
  });
});
