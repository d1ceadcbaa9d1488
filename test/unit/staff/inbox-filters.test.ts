import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { encodeCursor, filtersQuery, inboxFilters } from '../../../functions/staff/inbox-filters.ts';
import { type InboxFound, inboxView, NOT_WAITING } from '../../../functions/staff/inbox-view.ts';

const member = { sub: 'sub-1', name: 'Sam', email: '', teams: ['restorative-justice'], admin: false };
const cursor = { createdAt: '2026-11-20T10:00:00.000Z', reference: 'RJ-AAAA-2222' };

describe('the inbox’s filters from the address (issue 20)', () => {
  const parse = (query: string) => inboxFilters(new URLSearchParams(query), member);

  it('reads Reached apart from Now at, and refuses what is neither a step nor a status', () => {
    expect(parse('reached=first-contact&progress=assessed')).toMatchObject({
      reached: 'first-contact',
      progress: 'assessed',
    });
    expect(() => parse('reached=received')).toThrow('Choose a step from the list.');
    expect(() => parse('reached=nonsense')).toThrow();
  });

  it('pages both ways by a cursor, never both at once, and keeps the filters in each link', () => {
    expect(parse(`after=${encodeCursor(cursor)}`).after).toEqual(cursor);
    expect(parse(`before=${encodeCursor(cursor)}`).before).toEqual(cursor);
    expect(() => parse(`before=${encodeCursor(cursor)}&after=${encodeCursor(cursor)}`)).toThrow();
    expect(() => parse('before=not-a-cursor')).toThrow('That page link is not valid.');
    const filters = parse('reached=assessed&urgent=yes&order=oldest');
    const back = new URLSearchParams(filtersQuery(filters, { before: cursor }));
    expect(Object.fromEntries(back)).toEqual({
      urgent: 'yes',
      reached: 'assessed',
      order: 'oldest',
      before: encodeCursor(cursor),
    });
  });
});

describe('the inbox’s rows in words (inbox-view.ts)', () => {
  const NOW = new Date('2026-11-30T12:00:00Z');
  const found = (rows: InboxFound['rows'], formId?: string): InboxFound => ({
    config: serviceConfig,
    member,
    csrfToken: 'csrf',
    links: [],
    filters: { order: 'newest', urgentOnly: false, ...(formId ? { formId } : {}) },
    members: [],
    rows,
    now: NOW,
  });
  const row = (formId: string, status?: string, extra = {}) => ({
    reference: 'RJ-AAAA-2222',
    formId,
    createdAt: '2026-11-25T10:00:00.000Z',
    team: 'restorative-justice',
    urgent: [],
    opened: true,
    ...(status ? { status } : {}),
    ...extra,
  });

  it('shows the waiting time only while a case waits, in working days', () => {
    const [waiting, contacted, closed] = inboxView(
      found([row('referral'), row('referral', 'first-contact'), row('referral', 'closed')]),
    ).rows;
    expect(waiting?.waiting).toBe('3 working days');
    expect(waiting?.pastTarget).toBe(true);
    expect(contacted?.waiting).toBe(NOT_WAITING);
    expect(closed?.waiting).toBe(NOT_WAITING);
    expect(closed?.pastTarget).toBe(false);
  });

  it('uses the form’s own words: feedback waits to be read, never for first contact', () => {
    const view = inboxView(found([row('feedback')], 'feedback'));
    expect(view.waitingHeading).toBe('Waiting to be read');
    expect(view.rows[0]?.waitingWords).toBe('Waiting to be read');
    expect(inboxView(found([row('referral')])).waitingHeading).toBe('Waiting');
  });

  it('shows markers apart from urgency, an old record’s under 18 as a marker, and the contact language', () => {
    const [old, fresh] = inboxView(
      found([
        row('referral', undefined, { urgent: ['Under 18', 'May be at risk'] }),
        row('referral', undefined, { urgent: [], markers: ['Under 18'], language: 'cy' }),
      ]),
    ).rows;
    expect(old?.urgent).toEqual(['May be at risk']);
    expect(old?.markers).toEqual(['Under 18']);
    expect(old?.language).toBe('English');
    expect(fresh?.urgent).toEqual([]);
    expect(fresh?.markers).toEqual(['Under 18']);
    expect(fresh?.language).toBe('Welsh (Cymraeg)');
  });
});
