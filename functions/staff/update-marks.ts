import type { SubmissionRecord } from '../submissions/record.ts';
import { timeText } from '../time/times.ts';

/** The fields a list row needs to mark a case the person has added to (never what they added). */
export const UPDATE_MARK_FIELDS = ['updateNotifiedAt', 'withdrawnAt'] as const;

export type UpdateMarked = Partial<Pick<SubmissionRecord, (typeof UPDATE_MARK_FIELDS)[number]>>;

/**
 * The inbox's and My work's marks for a case the person came back to (issue 21): "Withdrawn",
 * and "Updated" with when the team was last told of an addition. Words only, decided here.
 */
export const updateMarks = (row: UpdateMarked): string[] => [
  ...(row.withdrawnAt ? ['Withdrawn'] : []),
  ...(row.updateNotifiedAt ? [`Updated ${timeText(row.updateNotifiedAt)}`] : []),
];
