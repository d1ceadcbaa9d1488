import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { inboxPage } from '../../../../functions/staff/pages/inbox-page.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const view = (rows = 1) => ({
  ...frame({ teams: ['restorative-justice', 'youth-justice'] }),
  filters: { order: 'newest' as const, urgentOnly: true, assignee: HOSTILE },
  members: [{ sub: HOSTILE, name: HOSTILE }],
  waitingHeading: 'Waiting',
  rows: Array.from({ length: rows }, (_, i) => ({
    reference: `RJ-AAAA-222${i}`,
    received: '25 November 2026 at 10am',
    form: 'Referral',
    team: 'Restorative Justice Team',
    urgent: [HOSTILE],
    opened: i % 2 === 0,
    progress: 'Received',
    assignee: HOSTILE,
    waiting: '3 days',
    pastTarget: i === 0,
  })),
  nextPage: `after=${encodeURIComponent(HOSTILE)}`,
});

describe('the inbox page (inbox-page.ts)', () => {
  it('has one h1, labelled GOV.UK selects for every filter and a checkbox with its label', () => {
    const $ = dom(inboxPage(view()));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Inbox');
    expect(
      $('select')
        .toArray()
        .map((s) => $(s).attr('name')),
    ).toEqual(['form', 'team', 'status', 'progress', 'assignee', 'order']);
    expect($('select.govuk-select').closest('.govuk-form-group.app-filter')).toHaveLength(6);
    expect($('#urgent').attr('checked')).toBeDefined();
  });

  it('shows the rows it is given, with Past target where the view says so', () => {
    const $ = dom(inboxPage(view(2)));
    expect($('tbody tr')).toHaveLength(2);
    expect($('tbody tr').eq(0).text()).toContain('Past target');
    expect($('tbody tr').eq(1).text()).not.toContain('Past target');
    expect($('tbody tr a').first().attr('href')).toBe(STAFF_PATHS.submission('RJ-AAAA-2220'));
  });

  it('shows names, markers and filter values as text, and the next page as an address', () => {
    const $ = dom(inboxPage(view()));
    // The urgent marker and assignee in the row, and the member's name in the assignee filter.
    expectOnlyText($, HOSTILE, 3);
    expect($('#assignee option[selected]').attr('value')).toBe(HOSTILE);
    expect($('a[rel="next"]').attr('href')).toBe(`${STAFF_PATHS.inbox}?after=${encodeURIComponent(HOSTILE)}`);
  });

  it('says when nothing matches', () => {
    const $ = dom(inboxPage({ ...view(0), nextPage: undefined } as never));
    expect($('table')).toHaveLength(0);
    expect($('main').text()).toContain('Nothing matches');
  });
});
