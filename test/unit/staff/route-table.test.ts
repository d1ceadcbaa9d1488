import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { mayUse } from '../../../functions/staff/access.ts';
import {
  matchStaffRoute,
  navigationFor,
  STAFF_ROUTES,
  type StaffRouteRow,
} from '../../../functions/staff/routes.ts';
import { guardedHandler, MEMBERS } from './support/memory-staff.ts';

const REFERENCE = 'RJ-7KQM-4XPD';

/** An address each row answers: its path, or its pattern with a reference in it. */
const addressOf = (row: StaffRouteRow): string =>
  typeof row.path === 'string'
    ? row.path
    : (`/staff/submissions/${REFERENCE}${row.path.source.split(')')[1]?.replace(/[$\\?]/g, '')}` as string);

const guarded = STAFF_ROUTES.filter((r) => r.access !== 'signed-out');
const label = (row: StaffRouteRow) => `${row.methods.join('/')} ${addressOf(row)} (${row.access})`;

/** Who the row is not for: a member for lead rows, a lead for admin rows. */
const outsider = (row: StaffRouteRow) =>
  row.access === 'admin' ? MEMBERS.lead : row.access === 'lead' ? MEMBERS.member : undefined;

describe('the staff route table', () => {
  it('finds each row at its own address, with the reference decoded', () => {
    for (const row of STAFF_ROUTES)
      for (const method of row.methods) {
        const found = matchStaffRoute(method, addressOf(row));
        expect(found.row, label(row)).toBe(row);
        expect(found.reference).toBe(typeof row.path === 'string' ? '' : REFERENCE);
      }
    expect(matchStaffRoute('GET', '/staff').row).toBe(matchStaffRoute('GET', STAFF_PATHS.inbox).row);
  });

  it('has one row per address and method', () => {
    const keys = STAFF_ROUTES.flatMap((row) => row.methods.map((m) => `${m} ${addressOf(row)}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(STAFF_ROUTES.map((row) => [label(row), row] as const))(
    '%s: a method no row at the address takes is a 405',
    async (_, row) => {
      const { request } = guardedHandler();
      const address = addressOf(row);
      const taken = STAFF_ROUTES.filter((r) => addressOf(r) === address).flatMap((r) => r.methods);
      for (const method of ['GET', 'POST', 'PUT', 'HEAD'].filter((m) => !taken.includes(m as never))) {
        const answer = await request(method, address);
        expect(answer.statusCode, method).toBe(405);
        expect(answer.body).toContain(`Use ${[...new Set(taken)].join(' or ')} here.`);
      }
    },
  );

  it.each(guarded.map((row) => [label(row), row] as const))(
    '%s: signed out, it asks for sign-in (401) and does nothing else',
    async (_, row) => {
      const { request, entries } = guardedHandler();
      for (const method of row.methods) {
        const answer = await request(method, addressOf(row), method === 'POST' ? { form: {} } : {});
        expect(answer.statusCode, method).toBe(401);
        expect(answer.body).toContain('Sign in');
      }
      expect(entries).toEqual([]);
    },
  );

  it.each(guarded.filter((r) => r.methods.includes('POST')).map((row) => [label(row), row] as const))(
    '%s: a POST without the session’s anti-forgery token is refused and audited',
    async (_, row) => {
      const { request, signIn, entries } = guardedHandler();
      const { cookie } = await signIn(MEMBERS.admin);
      for (const form of [{}, { csrf: 'not-the-token' }] as Record<string, string>[]) {
        const answer = await request('POST', addressOf(row), { cookie, form });
        // 400, not 403: CloudFront shows its 404 page for any 403 (functions/staff/errors.ts).
        expect(answer.statusCode).toBe(400);
        expect(answer.body).toContain('This form has expired');
      }
      expect(entries.map((e) => e.detail)).toEqual([
        `A post to ${addressOf(row)} without this session’s anti-forgery token`,
        `A post to ${addressOf(row)} without this session’s anti-forgery token`,
      ]);
    },
  );

  it.each(guarded.filter((r) => outsider(r)).map((row) => [label(row), row] as const))(
    '%s: someone it is not for gets the usual 404, and the refusal is audited in the row’s words',
    async (_, row) => {
      const { request, signIn, entries } = guardedHandler();
      const who = outsider(row) ?? MEMBERS.member;
      const { cookie, csrf } = await signIn(who);
      for (const method of row.methods) {
        const form: Record<string, string> | undefined = method === 'POST' ? { csrf } : undefined;
        const answer = await request(method, addressOf(row), { cookie, ...(form ? { form } : {}) });
        expect(answer.statusCode, method).toBe(404);
        expect(answer.body).toContain('There is nothing at this address, or it is not for your team.');
      }
      expect(entries).toHaveLength(row.methods.length);
      for (const entry of entries) {
        expect(entry).toMatchObject({ action: 'refused', actor: who.sub });
        expect(entry.detail).toBe(row.access !== 'member' && 'refusal' in row ? row.refusal : undefined);
        if (typeof row.path !== 'string') expect(entry.reference).toBe(REFERENCE);
      }
    },
  );

  it('answers an unknown address with a 404 before asking for sign-in', async () => {
    const { request } = guardedHandler();
    for (const path of ['/staff/nothing-here', '/staff/submissions/RJ-1/other', '/staff/audit/'])
      expect((await request('GET', path)).statusCode, path).toBe(404);
  });
});

describe('the navigation reads the table’s rules', () => {
  it('shows each member exactly the links to the pages the guards let them use', () => {
    const links = (member: (typeof MEMBERS)[keyof typeof MEMBERS]) =>
      navigationFor(member, serviceConfig).map((l) => l.text);
    expect(links(MEMBERS.member)).toEqual(['My work', 'Inbox', 'Export']);
    expect(links(MEMBERS.lead)).toEqual(['My work', 'Inbox', 'Export', 'Report']);
    expect(links(MEMBERS.admin)).toEqual(['My work', 'Inbox', 'Export', 'Report', 'Audit trail', 'Webhooks']);
    for (const member of Object.values(MEMBERS))
      for (const link of navigationFor(member, serviceConfig)) {
        const { row } = matchStaffRoute('GET', link.href);
        expect(row.access !== 'signed-out' && mayUse(member, row.access, serviceConfig)).toBe(true);
      }
  });

  it('marks the page shown as current', () => {
    const { row } = matchStaffRoute('GET', STAFF_PATHS.report);
    expect(navigationFor(MEMBERS.admin, serviceConfig, row).filter((l) => l.current)).toEqual([
      { href: STAFF_PATHS.report, text: 'Report', current: true },
    ]);
  });

  it('gives a lead of a team the deployment no longer has neither the link nor the page', () => {
    const stale = { ...MEMBERS.member, leads: ['a-team-no-longer-configured'] };
    expect(mayUse(stale, 'lead', serviceConfig)).toBe(false);
    expect(navigationFor(stale, serviceConfig).map((l) => l.text)).not.toContain('Report');
  });
});
