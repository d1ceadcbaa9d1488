import type { Answers } from '../../../functions/forms/types.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * A small, known data set for the operator tools and the report: references, dates, teams and the
 * answers the report counts are chosen so every expected number below can be worked out by hand.
 * Free text and names are distinctive, so a test can prove they never appear in aggregates.
 */
export const NOW = new Date('2026-11-22T12:00:00.000Z');
const FAR_FUTURE = Math.floor(Date.UTC(2030, 0, 1) / 1000);

export const PERSONAL = {
  name: 'Zebedee Quartermaine',
  referralStory: 'A distinctive story about the allotment shed',
  nuisanceStory: 'Distinctive drumming from flat nine',
  feedbackWell: 'Distinctive praise for the facilitator Marguerite',
};

/** Cells that a spreadsheet would run as formulas, and text that needs CSV quoting. */
export const AWKWARD = {
  name: '=HYPERLINK("http://example.com","Click")',
  description: '+44 said "hello", then left\nSecond line, with a comma',
  impact: '@SUM(A1:A9)',
  mostRecent: '-1 days ago',
  peopleInvolved: '\tTabbed start',
};

const record = (
  formId: string,
  reference: string,
  createdAt: string,
  team: string,
  answers: Answers,
  extra: Partial<SubmissionRecord> = {},
): SubmissionRecord => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId,
  schemaVersion: 1,
  createdAt,
  team,
  urgent: [],
  answers,
  expiresAt: FAR_FUTURE,
  teamNotifiedAt: createdAt.replace(/\.\d{3}Z$/, '.500Z'),
  ...extra,
});

const referral = (answers: Answers): Answers => ({
  ...VALID_ANSWERS.referral,
  name: PERSONAL.name,
  whatHappened: PERSONAL.referralStory,
  ...answers,
});
const nuisance = (answers: Answers): Answers => ({
  ...VALID_ANSWERS.nuisance,
  name: PERSONAL.name,
  description: PERSONAL.nuisanceStory,
  ...answers,
});
const feedback = (answers: Answers): Answers => ({
  ...VALID_ANSWERS.feedback,
  wentWell: PERSONAL.feedbackWell,
  ...answers,
});

const unsent = { teamNotifiedAt: undefined } as Partial<SubmissionRecord>;

export const KNOWN: SubmissionRecord[] = [
  record(
    'referral',
    'RJ-AAAA-2222',
    '2026-10-15T09:00:00.000Z',
    'restorative-justice',
    referral({
      referrerType: 'self',
      hopes: ['ask-questions', 'apology'],
    }),
  ),
  record(
    'referral',
    'RJ-AAAA-3333',
    '2026-11-01T00:00:00.000Z',
    'youth-justice',
    referral({
      referrerType: 'on-behalf',
      referrerName: 'Distinctive Parent Name',
      referrerRelationship: 'Parent',
      ageBand: 'under-18',
      hopes: ['apology'],
    }),
    { urgent: ['Under 18'] },
  ),
  record(
    'referral',
    'RJ-AAAA-4444',
    '2026-11-22T11:00:00.000Z',
    'restorative-justice',
    referral({
      referrerType: 'professional',
      referrerName: 'Distinctive Caseworker',
      organisation: 'Northfield Victim Care',
      workEmail: 'caseworker@example.org',
      workPhone: '01632 960 123',
      hopes: ['not-sure'],
    }),
    unsent,
  ),
  record(
    'referral',
    'RJ-AAAA-5555',
    '2026-11-22T11:58:00.000Z',
    'restorative-justice',
    referral({ referrerType: 'self', hopes: ['ask-questions', 'explain-impact', 'repair'] }),
    unsent,
  ),
  record(
    'nuisance',
    'NR-AAAA-2222',
    // 23:59:59.999 on 30 September in London (BST): the last moment before October there.
    '2026-09-30T22:59:59.999Z',
    'community-safety',
    nuisance({
      behaviours: ['noise'],
      restorativeMeeting: 'no',
    }),
  ),
  record(
    'nuisance',
    'NR-AAAA-3333',
    '2026-11-05T10:00:00.000Z',
    'community-safety',
    nuisance({ behaviours: ['noise', 'threats'], restorativeMeeting: 'yes' }),
    { urgent: ['Threats or intimidation'] },
  ),
  record(
    'nuisance',
    'NR-AAAA-4444',
    '2026-11-06T10:00:00.000Z',
    'tenancy-council',
    nuisance({
      landlord: 'council',
      housingAssociation: undefined as unknown as string,
      behaviours: ['noise'],
      restorativeMeeting: 'maybe',
      ...AWKWARD,
    }),
  ),
  record(
    'nuisance',
    'NR-AAAA-5555',
    '2026-11-30T23:59:59.999Z',
    'community-safety',
    nuisance({
      behaviours: ['rubbish'],
      restorativeMeeting: 'yes',
    }),
  ),
  record(
    'nuisance',
    'NR-AAAA-6666',
    '2026-12-01T00:00:00.000Z',
    'community-safety',
    nuisance({
      behaviours: ['animals'],
      restorativeMeeting: 'no',
    }),
  ),
  record(
    'feedback',
    'FB-AAAA-2222',
    '2026-11-10T10:00:00.000Z',
    'quality',
    feedback({
      role: 'harmed',
      meetingType: 'conference',
      overallSatisfaction: 'very-satisfied',
      wouldRecommend: 'yes',
    }),
  ),
  record(
    'feedback',
    'FB-AAAA-3333',
    '2026-11-11T10:00:00.000Z',
    'quality',
    feedback({
      role: 'harmed',
      meetingType: 'circle',
      overallSatisfaction: 'satisfied',
      wouldRecommend: 'not-sure',
    }),
  ),
  record(
    'feedback',
    'FB-AAAA-4444',
    '2026-11-12T10:00:00.000Z',
    'quality',
    feedback({
      role: 'responsible',
      meetingType: 'conference',
      overallSatisfaction: 'dissatisfied',
      wouldRecommend: 'yes',
    }),
  ),
  record(
    'feedback',
    'FB-AAAA-5555',
    '2026-11-13T10:00:00.000Z',
    'quality',
    feedback({
      role: 'supporter',
      meetingType: 'conference',
      overallSatisfaction: 'neither',
      wouldRecommend: 'no',
    }),
  ),
].map((r) => {
  // Drop the explicit undefineds used above to remove an answer or field.
  const answers = Object.fromEntries(Object.entries(r.answers).filter(([, v]) => v !== undefined));
  const clean = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
  return { ...clean, answers } as SubmissionRecord;
});

export const known = (reference: string): SubmissionRecord => {
  const found = KNOWN.find((r) => r.reference === reference);
  if (!found) throw new Error(`No known submission ${reference}`);
  return found;
};

/** Every piece of personal text in the data set: none may appear in a report or summary email. */
export const PERSONAL_TEXT: string[] = [
  ...KNOWN.map((r) => r.reference),
  ...new Set(
    KNOWN.flatMap((r) =>
      Object.entries(r.answers)
        .filter(
          ([id, v]) => typeof v === 'string' && v.length > 8 && !/^[a-z-]+$/.test(v) && id !== 'whenHappened',
        )
        .map(([, v]) => v as string),
    ),
  ),
];

/** The expected report for October and November 2026 (--since 2026-10-01 --until 2026-11-30). */
export const OCT_NOV = { since: '2026-10-01', until: '2026-11-30' };
