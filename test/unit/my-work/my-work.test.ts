import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { mineKey, unassignedKey } from '../../../functions/contract/lookup-keys.ts';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import type { OutgoingEmail } from '../../../functions/email/outgoing-email.ts';
import { formatMorningEmail } from '../../../functions/my-work/format-morning-email.ts';
import { type ByLookup, gatherMyWork } from '../../../functions/my-work/gather.ts';
import { sendMorningEmails } from '../../../functions/my-work/send-morning-emails.ts';
import { checkFollowUp } from '../../../functions/progress/follow-up.ts';
import { safeReturnTo } from '../../../functions/staff/actions/sign-in.ts';
import { myWorkView } from '../../../functions/staff/my-work-view.ts';
import type { LookupRow } from '../../../functions/storage/lookup-query.ts';
import type { MorningEmailChoice } from '../../../functions/storage/staff-store.ts';

// A Monday in London (not a bank holiday): the day every test here means.
const NOW = new Date('2026-11-30T09:00:00Z');
const TODAY = '2026-11-30';
const ME = 'sub-me';
const RJ = 'restorative-justice';

const row = (reference: string, createdAt: string, extra: Partial<LookupRow> = {}): LookupRow => ({
  reference,
  formId: 'referral',
  createdAt,
  team: RJ,
  urgent: [],
  ...extra,
});

/** The look-up index as the port gives it: the oldest, the due and the count under each key. */
const index =
  (keys: Record<string, LookupRow[]>): ByLookup =>
  async (key, { limit, dueBy }) => {
    const rows = [...(keys[key] ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return {
      oldest: rows.slice(0, limit),
      due: rows.filter((r) => r.followUpOn !== undefined && r.followUpOn <= dueBy),
      count: rows.length,
    };
  };

const KEYS = {
  [mineKey(ME)]: [
    row('RJ-AAAA-0002', '2026-11-02T10:00:00Z', { assignee: ME, followUpOn: TODAY }),
    row('RJ-AAAA-0001', '2026-11-01T10:00:00Z', { assignee: ME, followUpOn: '2026-12-04' }),
    // Assigned to me while I was in another team: not mine to see now.
    row('YJ-AAAA-0009', '2026-11-01T09:00:00Z', { assignee: ME, team: 'youth-justice' }),
  ],
  [unassignedKey(RJ)]: [
    row('RJ-AAAA-0003', '2026-10-20T10:00:00Z', { followUpOn: '2026-11-27' }),
    row('RJ-AAAA-0004', '2026-11-20T10:00:00Z', { urgent: ['Under 18'] }),
  ],
  [unassignedKey('youth-justice')]: [row('YJ-AAAA-0010', '2026-11-01T10:00:00Z', { team: 'youth-justice' })],
};

describe('gathering My work from the look-up index', () => {
  it('finds follow-ups due and overdue (earliest first), my open cases and my teams’ unassigned, oldest first', async () => {
    const work = await gatherMyWork(index(KEYS), { sub: ME, teams: [RJ] }, NOW);
    expect(work.followUps.map((r) => r.reference)).toEqual(['RJ-AAAA-0003', 'RJ-AAAA-0002']);
    expect(work.mine.map((r) => r.reference)).toEqual(['RJ-AAAA-0001', 'RJ-AAAA-0002']);
    expect(work.unassigned.map((r) => r.reference)).toEqual(['RJ-AAAA-0003', 'RJ-AAAA-0004']);
  });

  it('reads only my key and my teams’ keys', async () => {
    const asked: string[] = [];
    const spy: ByLookup = (key, options) => {
      asked.push(key);
      return index(KEYS)(key, options);
    };
    await gatherMyWork(spy, { sub: ME, teams: [RJ] }, NOW);
    expect(asked.sort()).toEqual([mineKey(ME), unassignedKey(RJ)].sort());
  });
});

describe('My work in words', () => {
  it('says when each follow-up falls and counts what it does not show', async () => {
    const work = await gatherMyWork(index(KEYS), { sub: ME, teams: [RJ] }, NOW);
    const member = { sub: ME, name: 'Me', email: 'me@example.org', teams: [RJ], admin: false };
    const view = myWorkView({
      config: serviceConfig,
      member,
      csrfToken: 't',
      links: [],
      work,
      choice: undefined,
      now: NOW,
    });
    expect(view.followUps.map((c) => [c.reference, c.followUp?.due, c.assigned])).toEqual([
      ['RJ-AAAA-0003', 'overdue', 'nobody yet'],
      ['RJ-AAAA-0002', 'today', 'you'],
    ]);
    expect(view).toMatchObject({ dueToday: 1, overdue: 1, mineCount: 2, unassignedCount: 2 });
    expect(view.followUps[0]?.followUp?.on).toBe('27 November 2026');
    expect(view.morningEmail).toEqual({ on: false, to: 'me@example.org' });
  });
});

describe('the follow-up rules', () => {
  const day = (d: string, m: string, y: string) => ({ 'on-day': d, 'on-month': m, 'on-year': y });
  it('takes today or later, and what for on one line without hidden characters', () => {
    expect(checkFollowUp({ ...day('30', '11', '2026'), what: 'Call\r\n back\u202e' }, TODAY)).toEqual({
      ok: true,
      on: TODAY,
      what: 'Call back',
    });
  });
  it('refuses the past, an unreal date, missing parts and an empty or long what for', () => {
    const problems = (fields: Record<string, string>) => {
      const result = checkFollowUp(fields, TODAY);
      return result.ok ? [] : result.errors.map((e) => e.message);
    };
    expect(problems({ ...day('29', '11', '2026'), what: 'x' })).toEqual([
      'The follow-up date must be today or in the future, 30 November 2026 or later',
    ]);
    expect(problems({ ...day('31', '11', '2026'), what: 'x' })).toEqual([
      'The follow-up date must be a real date',
    ]);
    expect(problems({ ...day('', '12', '2026'), what: 'x' })).toEqual([
      'The follow-up date must include a day',
    ]);
    expect(problems({ ...day('1', '12', '2026'), what: ' ' })).toEqual(['Enter what the follow-up is for']);
    expect(problems({ ...day('1', '12', '2026'), what: 'x'.repeat(101) })).toEqual([
      'What the follow-up is for must be 100 characters or fewer',
    ]);
  });
});

describe('the morning email', () => {
  const choice = (sub: string, teams = [RJ]): MorningEmailChoice => ({
    sub,
    name: 'Private Name',
    email: `${sub}@example.org`,
    teams,
    renewedOn: TODAY,
  });

  it('carries counts and the follow-ups’ references only: no names, what for or answers', async () => {
    const work = await gatherMyWork(index(KEYS), { sub: ME, teams: [RJ] }, NOW);
    const email = formatMorningEmail(work, serviceConfig, 'me@example.org', 'https://site.example');
    expect(email.to).toEqual(['me@example.org']);
    expect(email.text).toContain('Follow-ups due today: 1 (RJ-AAAA-0002)');
    expect(email.text).toContain('Follow-ups overdue: 1 (RJ-AAAA-0003)');
    expect(email.text).toContain('Open cases assigned to you: 2');
    expect(email.text).toContain('New in your teams, not yet assigned: 2');
    expect(email.text).toContain('https://site.example/staff/my-work');
    expect(`${email.text}${email.html}`).not.toMatch(/Private Name|Under 18/);
  });

  it('goes to each member who asked, on working days only; nobody with nothing to tell is emailed', async () => {
    const sent: OutgoingEmail[] = [];
    const deps = {
      config: serviceConfig,
      byLookup: index(KEYS),
      choices: { morningEmails: async () => [choice(ME), choice('sub-idle', ['quality'])] },
      notifier: { send: async (email: OutgoingEmail) => void sent.push(email) },
      now: () => NOW,
      siteUrl: 'https://site.example',
    };
    expect(await sendMorningEmails(deps, NOW)).toMatchObject({
      sent: 1,
      empty: 1,
      failed: 0,
      skipped: false,
    });
    expect(sent.map((e) => e.to)).toEqual([[`${ME}@example.org`]]);
    // Saturday: nothing.
    expect(await sendMorningEmails(deps, new Date('2026-11-28T09:00:00Z'))).toMatchObject({
      skipped: true,
      sent: 0,
    });
    expect(sent).toHaveLength(1);
  });
});

describe('signing in', () => {
  it('lands on My work unless a workspace page was asked for', () => {
    expect(safeReturnTo(null)).toBe(STAFF_PATHS.myWork);
    expect(safeReturnTo('https://elsewhere.example/')).toBe(STAFF_PATHS.myWork);
    expect(safeReturnTo(`${STAFF_PATHS.inbox}?order=oldest`)).toBe(`${STAFF_PATHS.inbox}?order=oldest`);
  });
});
