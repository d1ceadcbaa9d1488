import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { erasedPage, erasePage } from '../../../../functions/staff/pages/erase-page.ts';
import { hostileRecord, referral } from './case-fixture.ts';
import { dom, expectOnlyText, expectSoundStructure, frame } from './page-checks.ts';

const record = hostileRecord();

describe('the erase page (erase-page.ts)', () => {
  it('asks for the reference with a labelled field and posts the token', () => {
    const $ = dom(erasePage({ ...frame({ admin: true }), form: referral, record, errors: [] }));
    expectSoundStructure($);
    expect($('h1').text()).toBe(`Erase ${record.reference}`);
    expect($(`form[action="${STAFF_PATHS.erase(record.reference)}"] input[name="csrf"]`).attr('value')).toBe(
      'csrf-token',
    );
    expect($('#confirm').attr('aria-describedby')).toBeUndefined();
    // Nothing the person wrote is on this page.
    expect($('main').text()).not.toContain('evil');
  });

  it('links the problem to the field and marks it in error', () => {
    const message = `Type ${record.reference} to erase it`;
    const $ = dom(
      erasePage({
        ...frame({ admin: true }),
        form: referral,
        record,
        errors: [{ field: 'confirm', message }],
      }),
    );
    expectSoundStructure($);
    expect($('.govuk-error-summary a').attr('href')).toBe('#confirm');
    expect($('#confirm').attr('aria-describedby')).toBe('confirm-error');
    expect($('#confirm').hasClass('govuk-input--error')).toBe(true);
    expect($('#confirm-error').text()).toBe(`Error: ${message}`);
  });

  it('says it is erased, as text', () => {
    const $ = dom(erasedPage(frame({ admin: true }), '<b>RJ</b>'));
    expectSoundStructure($);
    expectOnlyText($, '<b>RJ</b> has been erased');
  });
});
