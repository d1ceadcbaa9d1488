import { teamName } from '../config/team-name.ts';
import { findForm } from '../forms/registry.ts';
import { sentence } from '../forms/words.ts';
import { type MyWork, workCounts } from '../my-work/gather.ts';
import { statusLabel } from '../progress/describe.ts';
import type { LookupRow } from '../storage/lookup-query.ts';
import type { MorningEmailChoice } from '../storage/staff-store.ts';
import { ageText, dayName, timeText } from '../time/times.ts';
import { type FollowUpDue, followUpDue } from './follow-up-view.ts';
import type { StaffFrame } from './frame.ts';
import { updateMarks } from './update-marks.ts';

/** One case in My work: words only, decided here (never an answer, never what a follow-up is for). */
export interface MyWorkCaseView {
  reference: string;
  /** "Referral · Restorative Justice Team". */
  what: string;
  received: string;
  age: string;
  status: string;
  urgent: readonly string[];
  /** "Withdrawn", "Updated 3 Dec 2026, 10:00": the person came back to it (update-marks.ts). */
  updates: readonly string[];
  assigned: 'you' | 'nobody yet';
  followUp?: { on: string; due: FollowUpDue };
}

export interface MyWorkView extends StaffFrame {
  followUps: MyWorkCaseView[];
  dueToday: number;
  overdue: number;
  mine: MyWorkCaseView[];
  mineCount: number;
  unassigned: MyWorkCaseView[];
  unassignedCount: number;
  /** Whether they get the morning email, and where it would go ('' when the provider gave no address). */
  morningEmail: { on: boolean; to: string };
  /** What was just saved (`?done=`). */
  done?: string | null;
}

/** What the My work action found. */
export interface MyWorkFound extends StaffFrame {
  work: MyWork;
  choice: MorningEmailChoice | undefined;
  now: Date;
  done?: string | null;
}

const caseView =
  (found: MyWorkFound) =>
  (row: LookupRow): MyWorkCaseView => {
    const form = findForm(row.formId);
    return {
      reference: row.reference,
      what: `${form ? sentence(form.noun) : row.formId} · ${teamName(found.config, row.team)}`,
      received: timeText(row.createdAt),
      age: ageText(row.createdAt, found.now),
      status: statusLabel(form, row.status),
      urgent: row.urgent,
      updates: updateMarks(row),
      assigned: row.assignee === found.member.sub ? 'you' : 'nobody yet',
      ...(row.followUpOn
        ? { followUp: { on: dayName(row.followUpOn), due: followUpDue(row.followUpOn, found.work.today) } }
        : {}),
    };
  };

/** My work's view: the follow-ups due, my open cases by age and my teams' new ones, in words. */
export const myWorkView = ({ work, choice, now, ...frame }: MyWorkFound): MyWorkView => {
  const view = caseView({ work, choice, now, ...frame });
  const counts = workCounts(work);
  return {
    ...frame,
    followUps: work.followUps.map(view),
    dueToday: counts.dueToday,
    overdue: counts.overdue,
    mine: work.mine.map(view),
    mineCount: counts.mine,
    unassigned: work.unassigned.map(view),
    unassignedCount: counts.unassigned,
    morningEmail: { on: Boolean(choice), to: choice?.email || frame.member.email },
  };
};
