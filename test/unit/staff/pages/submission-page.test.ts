import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { submissionView } from '../../../../functions/staff/case-view.ts';
import { submissionPage } from '../../../../functions/staff/pages/submission-page.ts';
import { hostileRecord, referral } from './case-fixture.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const page = (admin = false, done: string | null = null) =>
  dom(
    submissionPage(
      submissionView({
        ...frame({ admin }),
        form: referral,
        record: hostileRecord(),
        openings: [{ action: 'viewed', actor: 'sub-2', actorName: HOSTILE, at: '2026-11-23T09:00:00.000Z' }],
        members: [{ sub: 'sub-2', name: HOSTILE }],
        done,
      }),
    ),
  );

describe('the submission page (submission-page.ts)', () => {
  it('has one h1 (the reference), its sections as h2 in order, and labelled fields', () => {
    const $ = page(false, 'recorded');
    expectSoundStructure($);
    expect($('h1').text()).toBe('RJ-7KQM-4XPD');
    const h2 = $('main h2')
      .toArray()
      .map((h) => $(h).text());
    expect(h2.slice(0, 3)).toEqual(['Success', 'How to contact them safely', 'Progress']);
    expect(h2).toContain('Their answers');
    expect(h2.at(-1)).toBe('Who has opened this');
  });

  it('shows every answer, note, name and urgent marker a person wrote as text only', () => {
    const $ = page();
    // The name, area and what happened; the step's note and who recorded it; the urgent marker;
    // the assignee and the opening's name.
    expectOnlyText($, HOSTILE, 7);
    expect($('.govuk-tag--red').first().text()).toBe(HOSTILE);
  });

  it('offers erasing to admins only', () => {
    expect(page(false)(`a[href="${STAFF_PATHS.erase('RJ-7KQM-4XPD')}"]`)).toHaveLength(0);
    expect(page(true)(`a[href="${STAFF_PATHS.erase('RJ-7KQM-4XPD')}"]`)).toHaveLength(1);
  });
});
