import { describe, expect, it } from 'vitest';
import { findForm } from '../../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../../functions/forms/types.ts';
import { submissionView } from '../../../../functions/staff/case-view.ts';
import { submissionPage } from '../../../../functions/staff/pages/submission-page.ts';
import type { SubmissionRecord } from '../../../../functions/submissions/record.ts';
import { addition, REFERRAL_CONTACT_QUESTIONS, recordOf, withReturning } from '../../../support/additions.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const referral = findForm('referral') as FormDefinition;
const withSpec = withReturning(referral, REFERRAL_CONTACT_QUESTIONS);

const first = addition('update', '2026-11-05T09:00:00Z', { update: 'The first thing since.' });
const contact = addition('contact', '2026-11-06T09:00:00Z', {
  safeWays: ['letter'],
  postalAddress: '1 New Street',
});
const second = addition('update', '2026-11-07T09:00:00Z', { update: 'The second thing since.' });
const withdrawal = addition('withdrawal', '2026-11-08T09:00:00Z', { reason: 'I have moved on.' });

const page = (record: SubmissionRecord, form = withSpec) =>
  dom(submissionPage(submissionView({ ...frame(), form, record, openings: [], members: [] })));

const caseWith = (...additions: SubmissionRecord['additions'] & {}) => ({
  ...recordOf('referral', 'RJ-7KQM-4XPD'),
  additions,
});

describe('a case with additions (submission page)', () => {
  it('shows each addition after the answers, oldest first, as part of the submission', () => {
    const $ = page(caseWith(first, contact, second));
    expectSoundStructure($);
    const headings = $('#added-since ~ h3')
      .toArray()
      .map((h) => $(h).text());
    expect(headings).toEqual([
      'Update from the person, 5 November 2026 at 9:00am',
      'The person changed how to contact them safely, 6 November 2026 at 9:00am',
      'Update from the person, 7 November 2026 at 9:00am Latest',
    ]);
    // Labels from the returning spec when there is one.
    expect($('#added-since ~ dl').first().text()).toContain('What do you want the team to know?');
    expect($('main').text().indexOf('Their answers')).toBeLessThan($('main').text().indexOf('Added since'));
  });

  it('shows the new safe ways at the top as current, and the old ones as no longer current', () => {
    const $ = page(caseWith(first, contact));
    const box = $('.app-safe-contact').text();
    expect(box).toContain('Contact only by: letter.');
    expect(box).not.toContain('sam@example.com');
    expect(box).toContain('Do not email.');
    expect(box).toContain('They changed how to contact them safely on 6 Nov 2026');
    // The email they first gave stays among their answers, marked not current.
    const emailRow = $('.app-not-current').filter((_, r) => $(r).find('dt').text() === 'Email address');
    expect(emailRow.text()).toContain('Not current');
    expect(emailRow.text()).toContain('sam@example.com');
  });

  it('gives the details that stand after the change at the top too (the new address), never the old', () => {
    const $ = page(caseWith(first, contact));
    const current = $('.app-safe-contact [data-current-contact]');
    expect(current.text()).toContain('1 New Street');
    expect(current.text()).not.toContain('sam@example.com');
  });

  it('highlights what a contact change changed, with what it was', () => {
    const $ = page(caseWith(contact));
    const changed = $('.app-changed')
      .toArray()
      .map((r) => $(r).find('dt').text());
    expect(changed).toEqual(
      expect.arrayContaining(['How is it safe for us to contact the person?', 'Email address']),
    );
    const email = $('.app-changed').filter((_, r) => $(r).find('dt').text() === 'Email address');
    expect(email.text()).toContain('No longer given');
    expect(email.text()).toContain('Was: sam@example.com');
  });

  it('shows the raw ids when the form has no returning spec yet', () => {
    const $ = page(caseWith(first), { ...referral, returning: undefined });
    expect($('#added-since ~ dl dt').first().text()).toBe('update');
    expect($('#added-since ~ dl dd').first().text()).toBe('The first thing since.');
  });

  it('puts a withdrawal in a banner at the very top', () => {
    const $ = page({ ...caseWith(first, withdrawal), withdrawnAt: withdrawal.at });
    const banner = $('main .govuk-notification-banner').first();
    expect(banner.text()).toContain('They withdrew on 8 Nov 2026');
    expect($('main').children().first().is(banner)).toBe(true);
    expect(page(caseWith(first))('main .govuk-notification-banner')).toHaveLength(0);
  });

  it('puts each addition on the one timeline, among the team’s steps by when it happened', () => {
    const step = {
      id: 'step-1',
      step: 'first-contact',
      on: '2026-11-05',
      detail: 'email',
      by: 'sub-2',
      byName: 'Sam Staff',
      recordedAt: '2026-11-05T12:00:00.000Z',
    };
    const $ = page({ ...caseWith(first, second), steps: [step] });
    const items = $('.app-timeline__item')
      .toArray()
      .map((li) => `${$(li).attr('data-kind')}: ${$(li).find('h4').text()}`);
    expect(items).toEqual([
      'addition: Update from the person',
      'step: First contact made (Email)',
      'addition: Update from the person',
    ]);
    expect($('.app-timeline__item a').first().attr('href')).toBe(`#addition-${first.id}`);
    expect($(`[id="addition-${first.id}"]`)).toHaveLength(1);
  });

  it('shows what a person added, and its urgent markers, as text only', () => {
    const hostile = addition(
      'update',
      '2026-11-05T09:00:00Z',
      { update: HOSTILE, [HOSTILE]: HOSTILE },
      { urgent: [HOSTILE] },
    );
    const $ = page(caseWith(hostile));
    // The answer, the unknown id and its answer, and the urgent marker.
    expectOnlyText($, HOSTILE, 4);
  });
});
