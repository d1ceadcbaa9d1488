import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { STEP_FIELDS } from '../../../../functions/progress/step-questions.ts';
import { stepPage } from '../../../../functions/staff/pages/step-page.ts';
import { hostileRecord, referral } from './case-fixture.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const record = hostileRecord();
const view = (overrides: Partial<Parameters<typeof stepPage>[0]> = {}) => ({
  ...frame(),
  form: referral,
  record,
  offered: referral.progress.steps,
  members: [{ sub: 'sub-2', name: HOSTILE }],
  fields: {
    [STEP_FIELDS.note]: HOSTILE,
    [STEP_FIELDS.assignee]: 'sub-2',
    [`${STEP_FIELDS.on}-day`]: '30',
    [`${STEP_FIELDS.on}-month`]: '11',
    [`${STEP_FIELDS.on}-year`]: '2026',
  },
  errors: [],
  ...overrides,
});

describe('the step page (step-page.ts)', () => {
  it('has one h1, a labelled field for everything, and posts the token and the version it was drawn at', () => {
    const $ = dom(stepPage(view()));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Record the next step');
    const form = $(`form[action="${STAFF_PATHS.steps(record.reference)}"]`);
    expect(form.find('input[name="csrf"]').attr('value')).toBe('csrf-token');
    expect(form.find(`input[name="${STEP_FIELDS.version}"]`).attr('value')).toBe('1');
    expect($(`label[for="${STEP_FIELDS.assignee}"]`).text()).toBe('Assigned to');
    expect($(`#${STEP_FIELDS.assignee}`).attr('aria-describedby')).toBe(`${STEP_FIELDS.assignee}-hint`);
  });

  it('links each problem in the error summary to its field, and marks the assignee’s', () => {
    const errors = [
      { field: STEP_FIELDS.step, message: 'Select what has been done' },
      { field: STEP_FIELDS.assignee, message: 'Choose someone in the submission’s team' },
      { field: '', message: 'Someone else changed this submission’s progress' },
    ];
    const $ = dom(stepPage(view({ errors })));
    expectSoundStructure($);
    expect($('title').text()).toMatch(/^Error: /);
    expect($('.govuk-error-summary a')).toHaveLength(2);
    expect($(`#${STEP_FIELDS.assignee}`).attr('aria-describedby')).toBe(
      `${STEP_FIELDS.assignee}-hint ${STEP_FIELDS.assignee}-error`,
    );
    expect($(`#${STEP_FIELDS.assignee}-error`).text()).toContain('Choose someone in the submission’s team');
  });

  it('shows the note as typed, and the names, as text only', () => {
    const $ = dom(stepPage(view()));
    expect($(`textarea[name="${STEP_FIELDS.note}"]`).text()).toBe(HOSTILE);
    expect($(`#${STEP_FIELDS.assignee} option[selected]`).text()).toBe(HOSTILE);
    expectOnlyText($, HOSTILE, 2);
  });

  it('names the entry being corrected, as text', () => {
    const corrects = record.steps?.[0];
    const $ = dom(stepPage(view({ ...(corrects ? { corrects } : {}) })));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Correct a step');
    expect($('.govuk-inset-text').text()).toContain('You are correcting: First contact made');
    expect($(`input[name="${STEP_FIELDS.corrects}"]`).attr('value')).toBe('entry-1');
  });

  it('says a closed case takes no step, with no form', () => {
    const $ = dom(stepPage(view({ offered: [] })));
    expectSoundStructure($);
    expect($('form[method="post"]').length).toBe(1); // sign out only
    expect($('main').text()).toContain('This case is closed');
  });
});
