import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { BULK_FIELDS, inboxPage } from '../../../../functions/staff/pages/inbox-page.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const view = (rows = 1) => ({
  ...frame({ teams: ['restorative-justice', 'youth-justice'] }),
  filters: { order: 'newest' as const, urgentOnly: true, assignee: HOSTILE },
  members: [{ sub: HOSTILE, name: HOSTILE }],
  waitingHeading: 'Waiting',
  here: 'order=newest',
  rows: Array.from({ length: rows }, (_, i) => ({
    reference: `RJ-AAAA-222${i}`,
    received: '25 November 2026 at 10am',
    form: 'Referral',
    team: 'Restorative Justice Team',
    urgent: ['May be at risk'],
    markers: [HOSTILE],
    language: 'Welsh (Cymraeg)',
    opened: i % 2 === 0,
    progress: 'Received',
    assignee: HOSTILE,
    waitingWords: 'Waiting for first contact',
    waiting: '3 working days',
    pastTarget: i === 0,
  })),
  paging: {
    next: `${STAFF_PATHS.inbox}?after=${encodeURIComponent(HOSTILE)}`,
    previous: `${STAFF_PATHS.inbox}?before=x`,
    counts: { from: 26, to: 26, total: 312 },
  },
});

describe('the inbox page (inbox-page.ts)', () => {
  it('has one h1, labelled GOV.UK selects for every filter and a checkbox with its label', () => {
    const $ = dom(inboxPage(view()));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Inbox');
    expect(
      $('form.app-filters select')
        .toArray()
        .map((s) => $(s).attr('name')),
    ).toEqual(['form', 'team', 'status', 'reached', 'progress', 'assignee', 'order']);
    expect($('label[for="reached"]').text()).toBe('Reached');
    expect($('label[for="progress"]').text()).toBe('Now at');
    expect($('#urgent').attr('checked')).toBeDefined();
  });

  it('offers one search box: a POST to the search page (nothing typed in an address), named q, with its label and hint', () => {
    const $ = dom(inboxPage(view()));
    const form = $(`form[action="${STAFF_PATHS.search}"]`);
    expect(form.attr('method')).toBe('post');
    expect(
      form
        .find('input')
        .toArray()
        .map((i) => $(i).attr('name')),
    ).toEqual(['csrf', 'q']);
    expect(form.find('label[for="q"]').text().trim()).toBe('Find a case');
    expect(form.find('#q-hint').text().trim()).toBe(
      'Reference, name, phone number, email address or postcode',
    );
  });

  it('shows the rows it is given: markers apart from urgency, the language, and Past target', () => {
    const $ = dom(inboxPage(view(2)));
    expect($('tbody tr')).toHaveLength(2);
    const first = $('tbody tr').eq(0);
    expect(first.text()).toContain('Past target');
    expect(first.find('.govuk-tag--red').first().text()).toBe('Urgent: May be at risk');
    expect(first.find('.govuk-tag--blue').text()).toBe(HOSTILE);
    expect(first.text()).toContain('Welsh (Cymraeg)');
    expect(first.text()).toContain('Waiting for first contact: 3 working days');
    expect($('tbody tr').eq(1).text()).not.toContain('Past target');
    expect($('tbody tr a').first().attr('href')).toBe(STAFF_PATHS.submission('RJ-AAAA-2220'));
  });

  it('lets cases be selected, each checkbox labelled by its reference, and assigned in one post', () => {
    const $ = dom(inboxPage(view(2)));
    const form = $(`form[action="${STAFF_PATHS.bulkAssign}"]`);
    expect(form.attr('method')).toBe('post');
    expect(form.find('input[name="csrf"]').val()).toBe('csrf-token');
    expect(form.find(`input[name="${BULK_FIELDS.back}"]`).val()).toBe('order=newest');
    const boxes = form.find(`input[type="checkbox"][name="${BULK_FIELDS.references}"]`);
    expect(boxes.toArray().map((b) => $(b).val())).toEqual(['RJ-AAAA-2220', 'RJ-AAAA-2221']);
    expect(form.find('label[for="select-RJ-AAAA-2220"]').text()).toBe('Select RJ-AAAA-2220');
    expect(form.find(`select[name="${BULK_FIELDS.assignee}"]`)).toHaveLength(1);
    expect(form.find('button').text()).toBe('Assign selected');
  });

  it('says where the page stands, with links both ways', () => {
    const $ = dom(inboxPage(view()));
    expect($('#showing').text()).toBe('Showing 26 to 26 of 312');
    expect($('a[rel="next"]').attr('href')).toBe(`${STAFF_PATHS.inbox}?after=${encodeURIComponent(HOSTILE)}`);
    expect($('a[rel="prev"]').attr('href')).toBe(`${STAFF_PATHS.inbox}?before=x`);
  });

  it('shows names, markers and filter values as text', () => {
    const $ = dom(inboxPage(view()));
    // The marker and assignee in the row, the member's name in the assignee filter and in bulk assign.
    expectOnlyText($, HOSTILE, 4);
    expect($('#assignee option[selected]').attr('value')).toBe(HOSTILE);
  });

  it('shows a problem with bulk assign in an error summary, and the result in a banner', () => {
    const problem = dom(
      inboxPage({
        ...view(),
        errors: [{ field: BULK_FIELDS.references, message: 'Select at least one case' }],
      }),
    );
    expect(problem('.govuk-error-summary a').attr('href')).toBe(`#${BULK_FIELDS.references}`);
    expect(problem('title').text()).toMatch(/^Error: /);
    const done = dom(inboxPage({ ...view(), banner: '3 cases assigned to Sam' }));
    expect(done('.govuk-notification-banner--success').text()).toContain('3 cases assigned to Sam');
  });

  it('says when nothing matches', () => {
    const $ = dom(inboxPage({ ...view(0), paging: {} }));
    expect($('table')).toHaveLength(0);
    expect($('main').text()).toContain('Nothing matches');
  });
});
