import type { FollowUp } from '../progress/types.ts';
import { londonDay } from '../time/london.ts';
import { dayName } from '../time/times.ts';

/** When a follow-up falls, against today (London days). */
export type FollowUpDue = 'overdue' | 'today' | 'later';

export const followUpDue = (on: string, today: string): FollowUpDue =>
  on < today ? 'overdue' : on === today ? 'today' : 'later';

/** A case's follow-up as the case page shows it: words only, decided here. */
export interface FollowUpView {
  reference: string;
  /** Absent when none is set. */
  set?: { on: string; due: FollowUpDue; what: string; byName: string };
  /** What was just saved, after a post (`?done=`). */
  done?: string | null;
}

/** The case page's follow-up row, from the record's follow-up and the time. */
export const followUpView = (
  reference: string,
  followUp: FollowUp | undefined,
  now: Date,
  done?: string | null,
): FollowUpView => ({
  reference,
  ...(followUp
    ? {
        set: {
          on: dayName(followUp.on),
          due: followUpDue(followUp.on, londonDay(now)),
          what: followUp.what,
          byName: followUp.byName ?? 'A member of the team',
        },
      }
    : {}),
  ...(done ? { done } : {}),
});
