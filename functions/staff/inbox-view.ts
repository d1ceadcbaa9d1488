import { teamName } from '../config/team-name.ts';
import { findForm } from '../forms/registry.ts';
import { sentence } from '../forms/words.ts';
import { statusLabel } from '../progress/describe.ts';
import { waitingOf } from '../progress/waiting-time.ts';
import type { InboxRow } from '../storage/inbox-query.ts';
import type { StaffMember, TeamMember } from '../storage/staff-store.ts';
import { timeText } from '../time/times.ts';
import type { StaffFrame } from './frame.ts';
import { type InboxFilters, WAITING } from './inbox-filters.ts';

/** One inbox row as the page shows it: words only, decided here. */
export interface InboxRowView {
  reference: string;
  received: string;
  form: string;
  team: string;
  urgent: readonly string[];
  opened: boolean;
  progress: string;
  assignee: string;
  waiting: string;
  pastTarget: boolean;
}

export interface InboxView extends StaffFrame {
  filters: InboxFilters;
  /** The members of my teams who have signed in (assignee filter). */
  members: TeamMember[];
  /** "Waiting for first contact" (in working days) or "Waiting" (since it came). */
  waitingHeading: string;
  rows: InboxRowView[];
  /** The query string of the next page, if there is one. */
  nextPage?: string;
}

/** What the inbox action found: a page of rows, who is in the team, the filters and the time. */
export interface InboxFound extends StaffFrame {
  filters: InboxFilters;
  members: TeamMember[];
  rows: (InboxRow & { opened: boolean })[];
  nextPage?: string;
  now: Date;
}

const assigneeText = (member: StaffMember, members: TeamMember[], sub: string | undefined) =>
  !sub
    ? ''
    : sub === member.sub
      ? 'You'
      : (members.find((m) => m.sub === sub)?.name ?? 'Someone no longer listed');

/**
 * The inbox's view: each row in words, with how long it has waited and whether it is past its
 * first-contact target (functions/progress/waiting-time.ts); counting in working days when the
 * "waiting for first contact" filter is on.
 */
export const inboxView = ({ now, rows, ...found }: InboxFound): InboxView => {
  const towardsFirstContact = found.filters.progress === WAITING;
  return {
    ...found,
    waitingHeading: towardsFirstContact ? 'Waiting for first contact' : 'Waiting',
    rows: rows.map((r) => {
      const form = findForm(r.formId);
      const waiting = waitingOf(r, found.config, now, towardsFirstContact);
      return {
        reference: r.reference,
        received: timeText(r.createdAt),
        form: form ? sentence(form.noun) : r.formId,
        team: teamName(found.config, r.team),
        urgent: r.urgent,
        opened: r.opened,
        progress: statusLabel(form, r.status),
        assignee: assigneeText(found.member, found.members, r.assignee),
        waiting: waiting.text,
        pastTarget: waiting.pastTarget,
      };
    }),
  };
};
