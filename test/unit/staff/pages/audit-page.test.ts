import { describe, expect, it } from 'vitest';
import { auditPage } from '../../../../functions/staff/pages/audit-page.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

const entry = {
  action: 'viewed' as const,
  actor: HOSTILE,
  actorName: HOSTILE,
  at: '2026-11-28T10:15:00.000Z',
  reference: 'RJ-7KQM-4XPD',
  detail: HOSTILE,
};

describe('the audit page (audit-page.ts)', () => {
  it('looks up by reference with a labelled field, and lists entries in a table', () => {
    const $ = dom(auditPage({ ...frame({ admin: true }), reference: 'RJ-7KQM-4XPD', entries: [entry] }));
    expectSoundStructure($);
    expect($('h1').text()).toBe('Audit trail for RJ-7KQM-4XPD');
    expect($('#reference').attr('value')).toBe('RJ-7KQM-4XPD');
    expect($('tbody tr')).toHaveLength(1);
  });

  it('shows names and details as text, and links to the person by a query, not markup', () => {
    const $ = dom(auditPage({ ...frame({ admin: true }), actor: HOSTILE, entries: [entry] }));
    expectSoundStructure($);
    expect($('h1').text()).toBe(`Audit trail for ${HOSTILE}`);
    const person = $('tbody a').first();
    expect(person.text()).toBe(HOSTILE);
    expect(new URL(person.attr('href') ?? '', 'https://x.example').searchParams.get('actor')).toBe(HOSTILE);
    expectOnlyText($, HOSTILE, 2);
  });

  it('says what to do when nothing is asked yet', () => {
    const $ = dom(auditPage({ ...frame({ admin: true }), entries: [] }));
    expectSoundStructure($);
    expect($('main').text()).toContain('Look up a reference');
  });
});
