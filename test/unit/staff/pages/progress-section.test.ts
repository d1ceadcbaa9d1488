import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { progressView } from '../../../../functions/staff/case-view.ts';
import { doneBanner, progressSection } from '../../../../functions/staff/pages/progress-section.ts';
import { hostileRecord, referral } from './case-fixture.ts';
import { expectOnlyText, HOSTILE } from './page-checks.ts';

const section = (members = [{ sub: 'sub-2', name: HOSTILE }]) =>
  load(
    String(
      progressSection(
        progressView({
          form: referral,
          record: hostileRecord(),
          member: { sub: 'sub-1', name: 'Sam', email: '', teams: ['restorative-justice'], admin: false },
          members,
          csrfToken: 'csrf-token',
        }),
      ),
    ),
  );

describe('the progress section (progress-section.ts)', () => {
  it('starts with its h2, then the timeline, with each note in a pre-line paragraph', () => {
    const $ = section();
    expect($('h2').first().text()).toBe('Progress');
    expect($('h1')).toHaveLength(0);
    const note = $('ol.app-timeline li .app-timeline__text').first();
    expect(note.text()).toBe(HOSTILE);
    // One class attribute: two, and browsers keep the first (no pre-line).
    expect(note.attr('class')).toBe('govuk-body app-pre-line app-timeline__text');
  });

  it('offers the next step, a contact attempt and a note side by side', () => {
    const $ = section();
    const buttons = $('.govuk-button-group a.govuk-button');
    expect(buttons.map((_, a) => $(a).text()).get()).toEqual([
      'Record the next step',
      'Log a contact attempt',
      'Add a note',
    ]);
    expect(buttons.eq(1).attr('href')).toBe(STAFF_PATHS.contact('RJ-7KQM-4XPD'));
    expect(buttons.eq(2).attr('href')).toBe(STAFF_PATHS.notes('RJ-7KQM-4XPD'));
  });

  it('assigns with a labelled GOV.UK select, the current assignee chosen, posting the token and what it was', () => {
    const $ = section();
    const form = $(`form[action="${STAFF_PATHS.assignee('RJ-7KQM-4XPD')}"]`);
    expect(form.find('input[name="csrf"]').attr('value')).toBe('csrf-token');
    expect(form.find('input[name="was"]').attr('value')).toBe('sub-2');
    expect($('label[for="assign-to"]').text()).toBe('Assigned to');
    expect($('#assign-to option[selected]').attr('value')).toBe('sub-2');
    expect($('#assign-to').closest('.govuk-form-group').find('button').text()).toBe('Change');
  });

  it('shows what a person or colleague wrote as text only', () => {
    // The note, who recorded it, the assignee (summary and option).
    expectOnlyText(section(), HOSTILE, 4);
  });

  it('says who it is assigned to when they are no longer listed', () => {
    expect(section([]).text()).toContain('Someone no longer listed in the team');
  });
});

describe('the banner after a save', () => {
  it('says what was saved, and nothing for a value it does not know', () => {
    expect(load(String(doneBanner('recorded')))('h2').text()).toBe('Success');
    for (const done of ['__proto__', 'constructor', HOSTILE, null]) expect(String(doneBanner(done))).toBe('');
  });
});
