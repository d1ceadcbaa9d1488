import { describe, expect, it } from 'vitest';
import { exportPage } from '../../../../functions/staff/pages/export-page.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

describe('the export page (export-page.ts)', () => {
  it('has one h1, a labelled form select and the two GOV.UK date inputs', () => {
    const $ = dom(exportPage({ ...frame(), answers: false, values: {}, errors: [] }));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Export');
    expect($('#form option').first().text()).toBe('Choose a form');
    expect($('input[name="from-day"]')).toHaveLength(1);
    expect($('input[name="to-year"]')).toHaveLength(1);
    expect($('main').text()).toContain('without answers');
  });

  it('links every problem to its field, and keeps what was typed as values, never markup', () => {
    const $ = dom(
      exportPage({
        ...frame({ admin: true }),
        answers: true,
        values: { form: HOSTILE, 'from-day': HOSTILE, 'to-day': '2' },
        errors: [
          { field: 'form', message: 'Select a form' },
          { field: 'from', message: 'Enter the first day' },
          { field: 'to', message: 'Enter the last day' },
        ],
      }),
    );
    expectSoundStructure($);
    expect($('.govuk-error-summary a')).toHaveLength(3);
    expect($('#form').attr('aria-describedby')).toBe('form-error');
    expect($('input[name="from-day"]').attr('value')).toBe(HOSTILE);
    expect($('#form option[selected]')).toHaveLength(0);
    expectOnlyText($, 'Select a form');
  });
});
