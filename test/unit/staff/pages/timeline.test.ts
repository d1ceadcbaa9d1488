import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import type { StepEntry } from '../../../../functions/progress/types.ts';
import { timelineList } from '../../../../functions/staff/pages/timeline-list.ts';
import { timelineRows } from '../../../../functions/staff/timeline-view.ts';
import type { SubmissionRecord } from '../../../../functions/submissions/record.ts';
import type { TimelineEntry } from '../../../../functions/timeline/types.ts';
import { hostileRecord, referral } from './case-fixture.ts';
import { expectOnlyText, HOSTILE } from './page-checks.ts';

const REF = 'RJ-7KQM-4XPD';

/** First contact recorded at 14:05 on 3 December, then corrected the next morning. */
const steps: StepEntry[] = [
  {
    id: 's1',
    step: 'first-contact',
    on: '2026-12-03',
    detail: 'phone',
    by: 'sub-1',
    byName: 'Ann',
    recordedAt: '2026-12-03T14:05:00.000Z',
  },
  {
    id: 's2',
    step: 'first-contact',
    on: '2026-12-03',
    detail: 'email',
    by: 'sub-1',
    byName: 'Ann',
    recordedAt: '2026-12-04T09:00:00.000Z',
    corrects: 's1',
  },
];

const timeline: TimelineEntry[] = [
  // Logged after the step, though made before it: the timeline orders by when it happened.
  {
    kind: 'attempt',
    id: 'a1',
    at: '2026-12-03T11:30:00.000Z',
    way: 'phone',
    outcome: 'no-answer',
    by: 'sub-2',
    byName: 'Bo',
    recordedAt: '2026-12-03T16:00:00.000Z',
  },
  {
    kind: 'note',
    id: 'n1',
    text: HOSTILE,
    by: 'sub-2',
    byName: 'Bo',
    recordedAt: '2026-12-03T12:00:00.000Z',
  },
  {
    kind: 'note',
    id: 'n2',
    text: 'Better words',
    by: 'sub-2',
    byName: 'Bo',
    recordedAt: '2026-12-05T10:00:00.000Z',
    corrects: 'n1',
  },
];

const record = (): SubmissionRecord => ({ ...hostileRecord(), reference: REF, steps, timeline });

describe('a case timeline (timeline-view.ts, timeline-list.ts)', () => {
  it('merges steps, attempts and notes, oldest first by when each happened', () => {
    const rows = timelineRows(referral, record());
    expect(rows.map((r) => [r.id, r.what, r.when])).toEqual([
      ['a1', 'Contact attempt by phone: No answer', '3 December 2026 at 11:30am'],
      ['n1', 'Note', '3 December 2026 at midday'],
      ['s1', 'First contact made (Phone call)', '3 December 2026 at 2:05pm'],
      ['s2', 'First contact made (Email)', '3 December 2026 (recorded 4 December 2026 at 9:00am)'],
      ['n2', 'Note', '5 December 2026 at 10:00am'],
    ]);
  });

  it('names what a correction replaces by step and date and time, and marks the replaced entry', () => {
    const rows = new Map(timelineRows(referral, record()).map((r) => [r.id, r]));
    expect(rows.get('s2')?.corrects).toBe('First contact made, 3 December 2026 at 2:05pm');
    expect(rows.get('s1')?.correctedBy).toBe(
      'First contact made, 3 December 2026 (recorded 4 December 2026 at 9:00am)',
    );
    expect(rows.get('n2')?.corrects).toBe('Note, 3 December 2026 at midday');
    // Only what stands can be corrected, each by its own page.
    expect(rows.get('s1')?.correctHref).toBeUndefined();
    expect(rows.get('n1')?.correctHref).toBeUndefined();
    expect(rows.get('s2')?.correctHref).toBe(`${STAFF_PATHS.steps(REF)}?corrects=s2`);
    expect(rows.get('a1')?.correctHref).toBe(`${STAFF_PATHS.contact(REF)}?corrects=a1`);
    expect(rows.get('n2')?.correctHref).toBe(`${STAFF_PATHS.notes(REF)}?corrects=n2`);
  });

  it('draws each entry with its status, and a Correct link that does not break mid-word', () => {
    const $ = load(String(timelineList(timelineRows(referral, record()))));
    const items = $('ol.app-timeline > li');
    expect(items).toHaveLength(5);
    const correction = items.eq(3);
    expect(correction.find('.govuk-tag').text()).toBe('Correction');
    expect(correction.text()).toContain('Corrects: First contact made, 3 December 2026 at 2:05pm');
    expect(items.eq(2).find('.govuk-tag').text()).toBe('Corrected');
    expect(items.eq(2).hasClass('app-timeline__item--corrected')).toBe(true);
    const link = correction.find('a');
    expect(link.attr('class')).toContain('app-nowrap');
    expect(link.contents().first().text()).toBe('Correct');
    expect(link.find('.govuk-visually-hidden').text()).toBe(
      ' First contact made (Email), 3 December 2026 (recorded 4 December 2026 at 9:00am)',
    );
  });

  it('shows notes as text only', () => {
    expectOnlyText(load(String(timelineList(timelineRows(referral, record())))), HOSTILE, 1);
  });

  it('reads a pause with its review date, and an old on-hold closure as the pause it now counts as', () => {
    const at = (id: string, day: string) => ({
      id,
      on: day,
      by: 'sub-1',
      recordedAt: `${day}T10:00:00.000Z`,
    });
    const paused: StepEntry[] = [
      { ...at('p1', '2026-12-03'), step: 'paused', detail: 'person-unavailable', reviewOn: '2027-01-04' },
      { ...at('c1', '2026-12-04'), step: 'closed', detail: 'on-hold-live-case' },
    ];
    const rows = timelineRows(referral, { ...record(), steps: paused, timeline: [] });
    expect(rows.map((r) => r.what)).toEqual([
      'Paused (Person unavailable), review by 4 January 2027',
      'Paused (Live investigation or court case; recorded as closed: On hold while a case is live)',
    ]);
  });

  it('keeps the order recorded within one minute (attempts are entered to the minute)', () => {
    const note: TimelineEntry = {
      kind: 'note',
      id: 'n',
      text: 'x',
      by: 's',
      recordedAt: '2026-12-07T05:23:41.000Z',
    };
    const spoke: TimelineEntry = {
      kind: 'attempt',
      id: 'a',
      at: '2026-12-07T05:23:00.000Z',
      way: 'text',
      outcome: 'spoke',
      by: 's',
      recordedAt: '2026-12-07T05:23:55.000Z',
    };
    const rows = timelineRows(referral, { ...record(), steps: [], timeline: [note, spoke] });
    expect(rows.map((r) => r.id)).toEqual(['n', 'a']);
  });

  it('says when nothing is recorded yet', () => {
    expect(String(timelineList([]))).toContain('Nothing recorded yet.');
  });
});
