import { load as cheerioLoad } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mineKey, unassignedKey } from '../../../functions/contract/lookup-keys.ts';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { addDays, londonDay } from '../../../functions/time/london.ts';
import { inProcessStaff, type TestMember } from './in-process-staff.ts';

/** The page's markup, read as a browser would (a missing body is an empty page). */
const load = (body: string | undefined) => cheerioLoad(body ?? '');

let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let robin: TestMember;
let rowan: TestMember;
let yan: TestMember;
// One moment for the whole file: "today" cannot move under a test run near midnight.
const NOW = new Date();
const TODAY = londonDay(NOW);
const RJ = 'restorative-justice';

beforeAll(async () => {
  ws = await inProcessStaff();
  ws.setNow(() => NOW);
  [robin, rowan, yan] = await Promise.all([
    ws.signIn([RJ], 'Robin RJ'),
    ws.signIn([RJ], 'Rowan RJ'),
    ws.signIn(['youth-justice'], 'Yan Youth'),
  ]);
});

afterAll(() => ws?.destroy());

const lookupOf = async (reference: string) => (await ws.table.store.get(reference))?.lookup;
const versionOf = async (reference: string) =>
  String((await ws.table.store.get(reference))?.steps?.length ?? 0);

const dayFields = (day: string, prefix = 'on') => {
  const [year = '', month = '', date = ''] = day.split('-');
  return {
    [`${prefix}-day`]: String(Number(date)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: year,
  };
};

const step = async (reference: string, as: TestMember, fields: Record<string, string>) =>
  ws.post(STAFF_PATHS.steps(reference), as, {
    ...dayFields(TODAY),
    version: await versionOf(reference),
    assignee: as.sub,
    ...fields,
  });

const followUp = (reference: string, as: TestMember, fields: Record<string, string>) =>
  ws.post(STAFF_PATHS.followUp(reference), as, fields);

describe('the look-up key kept in step with the case', () => {
  it('starts unassigned in its team, follows each assignment, goes when it closes and comes back when the closure is corrected', async () => {
    const reference = await ws.submit('referral');
    expect(await lookupOf(reference)).toBe(unassignedKey(RJ));

    const was = (sub = '') => ({ was: sub });
    expect(
      (await ws.post(STAFF_PATHS.assignee(reference), robin, { assignee: robin.sub, ...was() })).statusCode,
    ).toBe(303);
    expect(await lookupOf(reference)).toBe(mineKey(robin.sub));
    await ws.post(STAFF_PATHS.assignee(reference), robin, { assignee: rowan.sub, ...was(robin.sub) });
    expect(await lookupOf(reference)).toBe(mineKey(rowan.sub));
    await ws.post(STAFF_PATHS.assignee(reference), robin, { assignee: '', ...was(rowan.sub) });
    expect(await lookupOf(reference)).toBe(unassignedKey(RJ));

    // A step keeps it with whoever it is assigned to.
    expect(
      (await step(reference, robin, { step: 'first-contact', 'detail-first-contact': 'email' })).statusCode,
    ).toBe(303);
    expect(await lookupOf(reference)).toBe(mineKey(robin.sub));

    // Closed: no key, so it is on nobody's list.
    expect((await step(reference, robin, { step: 'closed', 'detail-closed': 'withdrew' })).statusCode).toBe(
      303,
    );
    const closed = await ws.table.store.get(reference);
    expect(closed?.status).toBe('closed');
    expect(closed?.lookup).toBeUndefined();

    // Reopened by correcting the closure: back on the assignee's list.
    const closure = closed?.steps?.find((e) => e.step === 'closed');
    expect(
      (
        await step(reference, robin, {
          step: 'assessed',
          'detail-assessed': 'suitable',
          corrects: closure?.id ?? '',
        })
      ).statusCode,
    ).toBe(303);
    expect(await ws.table.store.get(reference)).toMatchObject({
      status: 'assessed',
      lookup: mineKey(robin.sub),
    });
  });
});

describe('follow-ups', () => {
  it('sets one (the day, and what for on one line), shows it on the case and audits the day but never what for', async () => {
    const reference = await ws.submit('referral');
    const form = await ws.request('GET', STAFF_PATHS.followUp(reference), { as: robin });
    expect(form.statusCode).toBe(200);
    expect(load(form.body)('h1').text()).toBe('Set a follow-up');
    const saved = await followUp(reference, robin, {
      ...dayFields(addDays(TODAY, 3)),
      what: ' Ring back\r\nabout the\u0007 letter ',
    });
    expect(saved).toMatchObject({
      statusCode: 303,
      headers: { location: `${STAFF_PATHS.submission(reference)}?done=follow-up-set#follow-up` },
    });
    expect((await ws.table.store.get(reference))?.followUp).toMatchObject({
      on: addDays(TODAY, 3),
      what: 'Ring back about the letter',
      by: robin.sub,
      byName: 'Robin RJ',
    });
    const page = load(
      (await ws.request('GET', STAFF_PATHS.submission(reference), { as: robin, query: 'done=follow-up-set' }))
        .body,
    );
    expect(page('#follow-up').nextAll('dl').first().text()).toContain('Ring back about the letter');
    expect(page('.govuk-notification-banner').text()).toContain('Follow-up saved');
    const audited = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'follow-up-set');
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain('Ring back');
  });

  it('refuses a day in the past, a date that is not real, and an empty or too long what for, with GOV.UK messages', async () => {
    const reference = await ws.submit('referral');
    const refused = async (fields: Record<string, string>) => {
      const answer = await followUp(reference, robin, fields);
      expect(answer.statusCode).toBe(400);
      const $ = load(answer.body);
      return { summary: $('.govuk-error-summary').text(), inline: $('.govuk-error-message').text() };
    };
    const past = await refused({ ...dayFields(addDays(TODAY, -1)), what: 'Call' });
    expect(past.summary).toContain('The follow-up date must be today or in the future');
    expect(past.inline).toContain('The follow-up date must be today or in the future');
    expect(
      (await refused({ 'on-day': '31', 'on-month': '2', 'on-year': '2030', what: 'Call' })).summary,
    ).toContain('The follow-up date must be a real date');
    expect((await refused({ 'on-day': '', 'on-month': '', 'on-year': '', what: 'Call' })).summary).toContain(
      'Enter the follow-up date',
    );
    expect((await refused({ ...dayFields(TODAY), what: '  \u0000 ' })).summary).toContain(
      'Enter what the follow-up is for',
    );
    expect((await refused({ ...dayFields(TODAY), what: 'x'.repeat(101) })).summary).toContain(
      '100 characters or fewer',
    );
    expect((await ws.table.store.get(reference))?.followUp).toBeUndefined();
    // Today is fine, and exactly 100 characters.
    expect(
      (await followUp(reference, robin, { ...dayFields(TODAY), what: 'x'.repeat(100) })).statusCode,
    ).toBe(303);
  });

  it('clears it, audited as cleared', async () => {
    const reference = await ws.submit('referral');
    await followUp(reference, robin, { ...dayFields(TODAY), what: 'Send the leaflet' });
    const cleared = await followUp(reference, robin, { clear: 'yes' });
    expect(cleared.headers?.location).toBe(
      `${STAFF_PATHS.submission(reference)}?done=follow-up-cleared#follow-up`,
    );
    expect((await ws.table.store.get(reference))?.followUp).toBeUndefined();
    const actions = (await ws.staff.auditFor(reference)).map((e) => e.action);
    expect(actions).toContain('follow-up-cleared');
  });

  it('is another team’s 404, on the form and the post, and refused in the audit trail', async () => {
    const reference = await ws.submit('referral');
    expect((await ws.request('GET', STAFF_PATHS.followUp(reference), { as: yan })).statusCode).toBe(404);
    expect((await followUp(reference, yan, { ...dayFields(TODAY), what: 'Call' })).statusCode).toBe(404);
    expect((await ws.table.store.get(reference))?.followUp).toBeUndefined();
    expect((await ws.staff.auditFor(reference)).map((e) => e.detail)).toContain(
      'Asked to set its follow-up: another team’s (Restorative Justice Team)',
    );
  });
});

describe('My work', () => {
  it('lists follow-ups due and overdue, my open cases oldest first and my teams’ unassigned with a count; never another team’s', async () => {
    // Someone with nothing else on their list: the counts are this test's alone.
    const sam = await ws.signIn([RJ], 'Sam RJ');
    const [mineDue, mineLater, unassignedOverdue, unassignedPlain, closedMine] = [
      await ws.submit('referral'),
      await ws.submit('referral'),
      await ws.submit('referral'),
      await ws.submit('referral'),
      await ws.submit('referral'),
    ];
    const youthCase = await ws.submit('referral', { ageBand: 'under-18' });
    for (const reference of [mineDue, mineLater, closedMine])
      await ws.post(STAFF_PATHS.assignee(reference), sam, { assignee: sam.sub, was: '' });
    await step(closedMine, sam, { step: 'closed', 'detail-closed': 'withdrew' });
    await followUp(mineDue, sam, { ...dayFields(TODAY), what: 'Call back' });
    await followUp(mineLater, sam, { ...dayFields(addDays(TODAY, 2)), what: 'Later' });
    // Set earlier and now past (the rules refuse a past day, so it is stored as it would have been).
    await ws.table.store.setFollowUp(unassignedOverdue, {
      on: addDays(TODAY, -2),
      what: 'Overdue',
      by: rowan.sub,
      setAt: NOW.toISOString(),
    });
    // Another team's case with a follow-up due, unassigned in its own team.
    expect((await ws.table.store.get(youthCase))?.team).toBe('youth-justice');
    await ws.table.store.setFollowUp(youthCase, {
      on: TODAY,
      what: 'Theirs',
      by: yan.sub,
      setAt: NOW.toISOString(),
    });

    const answer = await ws.request('GET', STAFF_PATHS.myWork, { as: sam });
    expect(answer.statusCode).toBe(200);
    const $ = load(answer.body);
    const section = (id: string) => $(`#${id}`).nextUntil('h2').text();
    const follow = section('follow-ups');
    expect(follow).toContain(mineDue);
    expect(follow).toContain(unassignedOverdue);
    expect(follow).not.toContain(mineLater);
    expect(follow.indexOf(unassignedOverdue)).toBeLessThan(follow.indexOf(mineDue)); // Earliest first.
    expect(follow).toContain('Overdue');
    expect(follow).toContain('Due today');
    expect(follow).not.toContain('Call back'); // What for stays on the case.

    const mine = section('mine');
    expect(mine).toContain(mineDue);
    expect(mine).toContain(mineLater);
    expect(mine).not.toContain(closedMine);
    expect(mine.indexOf(mineDue)).toBeLessThan(mine.indexOf(mineLater)); // Oldest first.
    expect($('#mine').text()).toContain('2 cases');

    const unassigned = section('unassigned');
    expect(unassigned).toContain(unassignedPlain);
    expect(unassigned).not.toContain(mineDue);
    const listed = $('#unassigned')
      .nextAll('dl')
      .first()
      .find('dt a')
      .map((_, a) => $(a).text())
      .get();
    // Oldest first: in the order they were made (this file's earlier ones too).
    const made = await Promise.all(listed.map(async (r) => (await ws.table.store.get(r))?.createdAt ?? ''));
    expect(made).toEqual([...made].sort());
    expect(listed.indexOf(unassignedOverdue)).toBeLessThan(listed.indexOf(unassignedPlain));
    expect($('#unassigned').text()).toContain(`${listed.length} cases`);

    // Never another team's case, anywhere on the page.
    expect(answer.body).not.toContain(youthCase);
    // Its own team sees it.
    expect((await ws.request('GET', STAFF_PATHS.myWork, { as: yan })).body).toContain(youthCase);
    // The navigation's first link is My work.
    expect($('.govuk-service-navigation__list a').first().text()).toBe('My work');
  });

  it('opts in to the morning email and out again, kept in the staff table by sub', async () => {
    const on = await ws.post(STAFF_PATHS.myWork, rowan, { morningEmail: 'on' });
    expect(on.headers?.location).toBe(`${STAFF_PATHS.myWork}?done=morning-email-on#morning-email`);
    expect(await ws.staff.morningEmail(rowan.sub)).toMatchObject({
      sub: rowan.sub,
      email: `${rowan.sub}@example.org`,
      teams: [RJ],
    });
    expect((await ws.staff.morningEmails()).map((c) => c.sub)).toContain(rowan.sub);
    const page = load((await ws.request('GET', STAFF_PATHS.myWork, { as: rowan })).body);
    expect(page('#morning-email').nextAll('form').find('button').text()).toBe('Stop my morning email');
    await ws.post(STAFF_PATHS.myWork, rowan, { morningEmail: 'off' });
    expect(await ws.staff.morningEmail(rowan.sub)).toBeUndefined();
    expect((await ws.post(STAFF_PATHS.myWork, rowan, { morningEmail: 'maybe' })).statusCode).toBe(400);
  });
});
