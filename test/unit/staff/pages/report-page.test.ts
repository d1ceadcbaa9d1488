import { describe, expect, it } from 'vitest';
import { reportPage } from '../../../../functions/staff/pages/report-page.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const months = ['2026-11', '2026-10', '2026-09'];
const row = (section: string, measure: string, group: string, count: number) => ({
  section,
  measure,
  group,
  count,
  n: null,
  percent: null,
  definition: `${measure} counts ${HOSTILE}`,
});

describe('the report page (report-page.ts)', () => {
  it('says this month is so far, with last month one link away, and the way back (issue 20)', () => {
    const view = { ...frame({ admin: true }), months, rows: [], errors: [] };
    const current = dom(reportPage({ ...view, month: '2026-11' }));
    expect(current('main').text()).toContain('This month so far.');
    expect(current('a[href="/staff/report?month=2026-10"]').text()).toBe('Last month: October 2026');
    const last = dom(reportPage({ ...view, month: '2026-10' }));
    expect(last('a[href="/staff/report?month=2026-11"]').text()).toBe('This month so far: November 2026');
  });

  it('has one h1, the sections as h2 in order, a labelled month select and a table per measure', () => {
    const $ = dom(
      reportPage({
        ...frame({ admin: true }),
        months,
        month: '2026-10',
        rows: [row('Received', 'Submissions', HOSTILE, 3), row('Progress', 'First contact', 'All teams', 2)],
        countedTo: 'Progress counted to 31 October 2026.',
        errors: [],
      }),
    );
    expectSoundStructure($);
    expect($('h1').text()).toBe('Report for October 2026');
    expect(
      $('main h2')
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(['Received', 'Progress']);
    expect($('#month option[selected]').attr('value')).toBe('2026-10');
    expect($('table caption').first().text()).toBe('Submissions');
    expect($('a[download]').attr('href')).toBe('/staff/report?month=2026-10&download=csv');
    // A team's name and each definition, as the configuration and the report gave them.
    expectOnlyText($, HOSTILE, 3);
  });

  it('links a month problem to the month select, marked as GOV.UK marks a field in error', () => {
    const $ = dom(
      reportPage({
        ...frame({ leads: ['restorative-justice'] }),
        months,
        month: '2026-10',
        errors: [{ field: 'month', message: 'Choose a month from the list' }],
      }),
    );
    expectSoundStructure($);
    expect($('h1').text()).toBe('Report');
    expect($('.govuk-error-summary a').attr('href')).toBe('#month');
    expect($('#month').attr('aria-describedby')).toBe('month-error');
    expect($('#month').hasClass('govuk-select--error')).toBe(true);
  });
});
