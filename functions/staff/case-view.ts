import { type ThresholdView, thresholdView } from '../case-review/threshold-view.ts';
import { teamName } from '../config/team-name.ts';
import { isApplicable, questionsOf } from '../forms/applicable.ts';
import { caseReview } from '../forms/case-review.ts';
import { answerText } from '../forms/question-types/index.ts';
import type { FormDefinition, Question } from '../forms/types.ts';
import { flagLabels } from '../forms/urgency.ts';
import { contactLanguageLine } from '../i18n/contact-language.ts';
import { statusLabel } from '../progress/describe.ts';
import { statusOf } from '../progress/history.ts';
import {
  contactQuestionIds,
  contactTouched,
  currentAnswers,
  latestContactChange,
} from '../returning/current-answers.ts';
import type { Addition } from '../returning/types.ts';
import type { AuditEntry, StaffMember, TeamMember } from '../storage/staff-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { timeText } from '../time/times.ts';
import { ACCESS_TO, mayUse } from './access.ts';
import { type AdditionView, additionViews } from './additions-view.ts';
import type { StaffFrame } from './frame.ts';
import { safeContactLines } from './safe-contact.ts';
import { type TimelineRowView, timelineRows } from './timeline-view.ts';

export interface ChoiceView {
  value: string;
  text: string;
}

/** A case's progress as the workspace shows it. */
export interface ProgressView {
  reference: string;
  status: string;
  closed: boolean;
  assignee: string;
  /** Who it was assigned to when the page was drawn (posted back, so a change meanwhile is noticed). */
  was: string;
  /** Steps, contact attempts and notes in one list, oldest first. */
  timeline: TimelineRowView[];
  /** Who it can go to: nobody, or a member of the team who has signed in. */
  assignees: ChoiceView[];
  csrfToken: string;
}

export interface SubmissionView extends StaffFrame {
  reference: string;
  formTitle: string;
  team: string;
  urgent: readonly string[];
  contactLanguage: { code: string; line: string };
  /** From the answers as they stand now (currentAnswers): a contact change replaces the original. */
  safeContact: string[];
  /** When the person last changed how to contact them safely, if they have. */
  contactChangedOn?: string;
  /** After a change of safe contact, the details that stand now (numbers, addresses, times), shown at the top. */
  currentContact?: { key: string; value: string }[];
  /** When the person withdrew (their latest withdrawal), shown at the top of the case. */
  withdrawnOn?: string;
  progress: ProgressView;
  /** The answers as sent; `replaced` marks a contact answer a later change replaced. */
  sections: { title: string; rows: { question: string; answer: string; replaced?: string }[] }[];
  /** What the person added after sending, in order. */
  additions: AdditionView[];
  deliveries: { key: string; value: string }[];
  openings: { name: string; at: string }[];
  canErase: boolean;
  /** What was just saved, after a post (`?done=`). */
  done?: string | null;
  /** An ASB Case Review application's threshold (slice 23-case-review). */
  threshold?: ThresholdView;
}

/** What the view action found: the case, who opened it and who is in its team. */
export interface CaseFound extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  /** Who has opened it, newest first (this opening included). */
  openings: AuditEntry[];
  members: TeamMember[];
  done?: string | null;
}

/** Nobody, or a member of the team who has signed in ("(you)" after the member themself). */
export const assigneeChoices = (member: StaffMember, members: readonly TeamMember[]): ChoiceView[] => [
  { value: '', text: 'Not assigned' },
  ...members.map((m) => ({ value: m.sub, text: m.sub === member.sub ? `${m.name} (you)` : m.name })),
];

/** Where a case has got, who has it and its history, decided here for the page to show. */
export const progressView = ({
  form,
  record,
  member,
  members,
  csrfToken,
}: Pick<CaseFound, 'form' | 'record' | 'member' | 'members' | 'csrfToken'>): ProgressView => {
  const status = statusOf(form.progress, record.steps);
  const assignee = members.find((m) => m.sub === record.assignee);
  return {
    reference: record.reference,
    status: statusLabel(form, status),
    closed: form.progress.steps.find((s) => s.id === status)?.closes === true,
    assignee: record.assignee ? (assignee?.name ?? 'Someone no longer listed in the team') : 'Nobody yet',
    was: record.assignee ?? '',
    timeline: timelineRows(form, record),
    assignees: assigneeChoices(member, members),
    csrfToken,
  };
};

const confirmationText = (record: SubmissionRecord): string =>
  record.confirmationSentAt
    ? `sent ${timeText(record.confirmationSentAt)}`
    : record.confirmationWithheldAt
      ? 'not sent (their address had one within a day, or cannot receive email)'
      : record.confirmationDue
        ? 'not sent yet'
        : 'none due (they did not ask for one, or gave no email address marked safe)';

/**
 * An answer as sent; one a later change of safe contact replaced (or made no longer apply) is kept,
 * marked as no longer current.
 */
const answerRow = (form: FormDefinition, record: SubmissionRecord, q: Question) => {
  const change = latestContactChange(record);
  const replaced = (record.additions ?? []).some(
    (a) => a.kind === 'contact' && contactTouched(form, a).has(q.id),
  );
  return {
    question: q.label,
    answer: answerText(q, record.answers[q.id]),
    ...(change && replaced
      ? { replaced: `No longer current: replaced by their change of ${timeText(change.at)}` }
      : {}),
  };
};

/**
 * The contact details that stand after their latest change (a new number, address or times), so
 * the team need not look for them among the additions: only what applies and was given.
 */
const currentContact = (form: FormDefinition, record: SubmissionRecord, change: Addition) => {
  const now = currentAnswers(form, record);
  const ids = new Set(contactQuestionIds(form, change));
  return questionsOf(form.sections)
    .filter((q) => ids.has(q.id) && isApplicable(q, now) && now[q.id] !== undefined && now[q.id] !== '')
    .map((q) => ({ key: q.label, value: answerText(q, now[q.id]) }));
};

/** When they last changed how to contact them safely (and to what), and when they withdrew: said at the top. */
const comingBack = (form: FormDefinition, record: SubmissionRecord) => {
  const change = latestContactChange(record);
  return {
    ...(change
      ? { contactChangedOn: timeText(change.at), currentContact: currentContact(form, record, change) }
      : {}),
    ...(record.withdrawnAt ? { withdrawnOn: timeText(record.withdrawnAt) } : {}),
  };
};

/** One submission in words: how to contact them safely, every answer asked, its progress and history. */
export const submissionView = ({
  form,
  record,
  openings,
  members,
  done,
  ...frame
}: CaseFound): SubmissionView => ({
  ...frame,
  reference: record.reference,
  formTitle: form.title,
  team: teamName(frame.config, record.team),
  urgent: flagLabels(record),
  contactLanguage: { code: record.language ?? 'en', line: contactLanguageLine(record.language) },
  safeContact: safeContactLines(form, currentAnswers(form, record)),
  ...comingBack(form, record),
  progress: progressView({ form, record, members, member: frame.member, csrfToken: frame.csrfToken }),
  sections: form.sections.flatMap((section) => {
    const asked = section.questions.filter((q) => isApplicable(q, record.answers));
    return asked.length === 0
      ? []
      : [
          {
            title: section.title,
            rows: asked.map((q) => answerRow(form, record, q)),
          },
        ];
  }),
  additions: additionViews(form, record),
  deliveries: [
    { key: 'Received', value: timeText(record.createdAt) },
    { key: 'Team notified', value: record.teamNotifiedAt ? timeText(record.teamNotifiedAt) : 'not yet' },
    { key: 'Confirmation to them', value: confirmationText(record) },
    { key: 'Form version', value: String(record.schemaVersion) },
  ],
  openings: openings.map((e) => ({ name: e.actorName, at: timeText(e.at) })),
  canErase: mayUse(frame.member, ACCESS_TO.erase, frame.config),
  ...(done !== undefined ? { done } : {}),
  ...(form.id === caseReview.id ? { threshold: thresholdView(record, frame.config) } : {}),
});
