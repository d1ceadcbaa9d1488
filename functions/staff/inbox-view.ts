import { teamName } from '../config/team-name.ts';
import { findForm } from '../forms/registry.ts';
import { flagsOf } from '../forms/urgency.ts';
import { sentence } from '../forms/words.ts';
import { contactLanguageName } from '../i18n/contact-language.ts';
import { statusLabel } from '../progress/describe.ts';
import { isWaiting } from '../progress/reached.ts';
import { waitingOf } from '../progress/waiting-time.ts';
import { progressWords } from '../progress/words.ts';
import type { InboxRow } from '../storage/inbox-query.ts';
import type { StaffMember, TeamMember } from '../storage/staff-store.ts';
import { timeText } from '../time/times.ts';
import type { FieldError } from './errors.ts';
import type { StaffFrame } from './frame.ts';
import type { InboxFilters } from './inbox-filters.ts';
import { updateMarks } from './update-marks.ts';

/** Shown in the waiting column of a case that is not waiting (contacted, read or closed). */
export const NOT_WAITING = '—';

/** One inbox row as the page shows it: words only, decided here. */
export interface InboxRowView {
  reference: string;
  received: string;
  form: string;
  team: string;
  /** Act today (the form's urgency). */
  urgent: readonly string[];
  /** To see at a glance, not urgent ("Under 18"). */
  markers: readonly string[];
  /** The language to contact them in: "English", "Welsh (Cymraeg)". */
  language: string;
  opened: boolean;
  progress: string;
  assignee: string;
  /** The form's own words for waiting: "Waiting for first contact", "Waiting to be read". */
  waitingWords: string;
  /** "2 working days" while it waits; NOT_WAITING once contacted, read or closed. */
  waiting: string;
  pastTarget: boolean;
  /** "Withdrawn", "Updated 3 Dec 2026, 10:00": the person came back to it (update-marks.ts). */
  updates?: string[];
}

/** Page links both ways, and where this page stands when it can be counted. */
export interface InboxPaging {
  previous?: string;
  next?: string;
  /** "Showing 26 to 50 of 312". */
  counts?: { from: number; to: number; total: number };
}

export interface InboxView extends StaffFrame {
  filters: InboxFilters;
  /** The members of my teams who have signed in (assignee filter, bulk assign). */
  members: TeamMember[];
  /** The waiting column's heading: the chosen form's words, or "Waiting" across forms. */
  waitingHeading: string;
  rows: InboxRowView[];
  paging: InboxPaging;
  /** The address of this page (its query), for bulk assign to come back to. */
  here: string;
  /** "3 cases assigned to Sam Jones", after a bulk assign. */
  banner?: string;
  errors?: FieldError[];
}

/** What the inbox action found: a page of rows, who is in the team, the filters and the time. */
export interface InboxFound extends StaffFrame {
  filters: InboxFilters;
  members: TeamMember[];
  rows: (InboxRow & { opened: boolean })[];
  paging?: InboxPaging;
  here?: string;
  banner?: string;
  errors?: FieldError[];
  now: Date;
}

const assigneeText = (member: StaffMember, members: TeamMember[], sub: string | undefined) =>
  !sub
    ? ''
    : sub === member.sub
      ? 'You'
      : (members.find((m) => m.sub === sub)?.name ?? 'Someone no longer listed');

/**
 * The inbox's view: each row in words. How long a case has waited, in working days as its target
 * counts them, is shown only while it waits (received, or before first contact or reading, not
 * closed), in the form's own words; a case past that point shows NOT_WAITING.
 */
export const inboxView = ({ now, rows, here = '', paging = {}, ...found }: InboxFound): InboxView => {
  const chosen = found.filters.formId ? findForm(found.filters.formId) : undefined;
  return {
    ...found,
    here,
    paging,
    waitingHeading: chosen ? progressWords(chosen.progress).waiting : 'Waiting',
    rows: rows.map((r) => {
      const form = findForm(r.formId);
      const waits = form !== undefined && isWaiting(form.progress, r.status);
      const waiting = waitingOf(r, found.config, now, true);
      const flags = flagsOf(r);
      return {
        reference: r.reference,
        received: timeText(r.createdAt),
        form: form ? sentence(form.noun) : r.formId,
        team: teamName(found.config, r.team),
        urgent: flags.urgent,
        markers: flags.markers,
        language: contactLanguageName(r.language),
        opened: r.opened,
        progress: statusLabel(form, r.status),
        assignee: assigneeText(found.member, found.members, r.assignee),
        waitingWords: progressWords(form?.progress).waiting,
        waiting: waits ? waiting.text : NOT_WAITING,
        pastTarget: waits && waiting.pastTarget,
        updates: updateMarks(r),
      };
    }),
  };
};
