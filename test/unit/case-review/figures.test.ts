import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  caseReviewFigures,
  figuresCsv,
  reportingYear,
  yearOf,
} from '../../../functions/case-review/figures.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import {
  type ErasedGroup,
  erasedEntry,
  erasedGroups,
  talliesOf,
} from '../../../functions/reporting/erased-tally.ts';
import type { Removal } from '../../../functions/storage/dynamodb-erased-tallies.ts';
import { countRemoved } from '../../../functions/tally/count-removed.ts';

const step = (step: string, detail?: string, corrects?: string, id = `${step}-${detail}`): StepEntry => ({
  id,
  step,
  on: '2026-06-01',
  by: 'sub',
  recordedAt: '2026-06-01T10:00:00Z',
  ...(detail ? { detail } : {}),
  ...(corrects ? { corrects } : {}),
});

const application = (createdAt: string, steps: StepEntry[] = [], formId = 'case-review') => ({
  formId,
  createdAt,
  steps,
});

describe('the reporting year', () => {
  it('runs April to March, by the London day an application arrived', () => {
    expect(reportingYear(2026)).toEqual({
      from: '2026-04-01',
      to: '2027-03-31',
      label: 'April 2026 to March 2027',
    });
    expect(yearOf('2027-03-31').from).toBe('2026-04-01');
    expect(yearOf('2027-04-01').from).toBe('2027-04-01');
  });

  it("or the partnership's own year", () => {
    expect(reportingYear(2026, 1)).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      label: 'January 2026 to December 2026',
    });
  });
});

describe('the published figures for a year', () => {
  const year = reportingYear(2026);
  // The case list for April 2026 to March 2027, and one either side of it.
  const records = [
    application('2026-03-31T22:59:59Z'), // 31 March 2026 23:59 BST: the year before
    application('2026-04-01T00:00:00Z', [
      step('decided', 'met'),
      step('review-held', 'online'),
      step('recommendations', 'yes'),
    ]),
    application('2026-07-10T10:00:00Z', [step('decided', 'not-met')]),
    // Decided "met", corrected to "not met": the correction stands.
    application('2026-08-10T10:00:00Z', [
      step('decided', 'met', undefined, 'd1'),
      step('decided', 'not-met', 'd1', 'd2'),
    ]),
    application('2026-09-10T10:00:00Z', [
      step('decided', 'review-anyway'),
      step('review-held', 'not'),
      step('recommendations', 'no'),
    ]),
    application('2027-03-31T22:30:00Z'), // 31 March 2027 23:30 BST: in the year
    application('2027-03-31T23:30:00Z'), // 1 April 2027 00:30 BST: the next year
    application('2026-05-01T10:00:00Z', [], 'nuisance'), // another form
  ];
  const erased: ErasedGroup[] = [
    {
      month: '2026-05',
      formId: 'case-review',
      team: 'community-safety',
      received: 2,
      reached: [{ step: 'review-held', month: '2026-07', count: 1 }],
      closed: [{ reason: 'threshold-not-met', month: '2026-06', count: 1 }],
      answered: [],
      firstContact: [],
    },
    {
      month: '2027-04',
      formId: 'case-review',
      team: 'community-safety',
      received: 5,
      reached: [],
      closed: [],
      answered: [],
      firstContact: [],
    },
  ];

  it('reconciles with the case list: each application once, in the year it arrived', () => {
    expect(caseReviewFigures(year, records, erased)).toEqual({
      year,
      applications: 5 + 2,
      thresholdNotMet: 2 + 1,
      reviewsHeld: 2 + 1,
      reviewsWithRecommendations: 1,
      erased: 2,
    });
  });

  it('is a CSV with the four statutory counts', () => {
    expect(figuresCsv([caseReviewFigures(year, records, erased)])).toBe(
      'Year (applications received),Applications,Threshold not met,Reviews held,Reviews with recommendations\r\n' +
        'April 2026 to March 2027,7,3,3,1\r\n',
    );
  });
});

describe('an erased application in the figures', () => {
  const year = reportingYear(2026);
  const cases = [
    application('2026-06-01T10:00:00Z', [step('review-held', 'online'), step('recommendations', 'yes')]),
    // Recorded "yes", corrected to "no": the correction stands, before erasure and after.
    application('2026-06-02T10:00:00Z', [
      step('review-held', 'online'),
      step('recommendations', 'yes', undefined, 'r1'),
      step('recommendations', 'no', 'r1', 'r2'),
    ]),
  ].map((r) => ({ ...r, team: 'community-safety' }));
  const erase = (records: typeof cases): ErasedGroup[] =>
    erasedGroups(talliesOf(records.map((r) => erasedEntry(r))));

  it('still counts its recommendations once only its anonymous tally is left', () => {
    const kept = caseReviewFigures(year, cases, []);
    expect(kept).toMatchObject({ applications: 2, reviewsHeld: 2, reviewsWithRecommendations: 1, erased: 0 });
    const { erased: _kept, ...before } = kept;
    const { erased, ...after } = caseReviewFigures(year, [], erase(cases));
    expect(after).toEqual(before);
    expect(erased).toBe(2);
  });

  it('keeps the choice and its month in the tally, nothing more of the step', () => {
    expect(erasedEntry(cases[0] as (typeof cases)[0]).answered).toEqual([
      { step: 'recommendations', detail: 'yes', month: '2026-06' },
    ]);
    // A step its form does not mark `tallied` leaves no choice behind (review-held's "online").
    expect(erase(cases)[0]?.answered).toEqual([
      { step: 'recommendations', detail: 'yes', month: '2026-06', count: 1 },
      { step: 'recommendations', detail: 'no', month: '2026-06', count: 1 },
    ]);
  });
});

describe('the tally function, from the removed record in the stream', () => {
  it('keeps whether the review made recommendations, so the figures count it after erasure', async () => {
    const removals: Removal[] = [];
    const entry = (id: string, step: string, on: string, detail: string) => ({
      M: {
        id: { S: id },
        step: { S: step },
        on: { S: on },
        detail: { S: detail },
        note: { S: 'Robin said' },
      },
    });
    const record: DynamoDBRecord = {
      eventID: 'event-1',
      eventName: 'REMOVE',
      dynamodb: {
        OldImage: {
          kind: { S: 'submission' },
          formId: { S: 'case-review' },
          team: { S: 'community-safety' },
          createdAt: { S: '2026-07-01T10:00:00.000Z' },
          steps: {
            L: [
              entry('e1', 'review-held', '2026-08-01', 'in-person'),
              entry('e2', 'recommendations', '2026-08-03', 'yes'),
            ],
          },
        },
      },
    };
    const tallies = {
      count: async (removal: Removal) => {
        removals.push(removal);
        return 'counted' as const;
      },
    };
    await expect(
      countRemoved(record, { config: serviceConfig, tallies, now: () => new Date() }),
    ).resolves.toBe('counted');
    const groups = erasedGroups(
      removals.map(({ month, counters }) => ({
        month,
        counters: Object.fromEntries(counters.map((c) => [c, 1])),
      })),
    );
    expect(caseReviewFigures(reportingYear(2026), [], groups)).toMatchObject({
      applications: 1,
      reviewsHeld: 1,
      reviewsWithRecommendations: 1,
    });
    expect(JSON.stringify(removals)).not.toContain('Robin');
  });
});
