import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { isApplicable } from '../../forms/applicable.ts';
import { answerText } from '../../forms/question-types/index.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import { contactLanguageLine } from '../../i18n/contact-language.ts';
import type { AuditEntry, TeamMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { timeText } from '../../time/times.ts';
import { safeContactLines } from '../safe-contact.ts';
import { doneBanner, progressSection } from './progress-section.ts';
import { type StaffFrame, staffDocument } from './staff-layout.ts';

export interface SubmissionView extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  /** Who has opened it, newest first (this opening included). */
  openings: AuditEntry[];
  /** The team's members, for the assignee. */
  members: TeamMember[];
  /** What was just saved, after a post (`?done=`). */
  done?: string | null;
}

const summaryRow = (
  key: string,
  value: string,
  preLine = false,
): Html => html`<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${key}</dt>
<dd class="govuk-summary-list__value${preLine ? ' app-pre-line' : ''}">${value}</dd>
</div>`;

/** Every answer with its question, in the definition's order, section by section. */
const answers = ({ form, record }: SubmissionView): Html[] =>
  form.sections.map((section) => {
    const asked = section.questions.filter((q) => isApplicable(q, record.answers));
    if (asked.length === 0) return EMPTY;
    return html`<h2 class="govuk-heading-m">${section.title}</h2>
<dl class="govuk-summary-list govuk-!-margin-bottom-9">
${asked.map((q) => html`${summaryRow(q.label, answerText(q, record.answers[q.id]), true)}\n`)}</dl>\n`;
  });

const deliveries = ({ record }: SubmissionView) => {
  const confirmation = record.confirmationSentAt
    ? `sent ${timeText(record.confirmationSentAt)}`
    : record.confirmationWithheldAt
      ? 'not sent (their address had one within a day, or cannot receive email)'
      : record.confirmationDue
        ? 'not sent yet'
        : 'none due (they did not ask for one, or gave no email address marked safe)';
  return html`<h2 class="govuk-heading-m">Received and notified</h2>
<dl class="govuk-summary-list">
${summaryRow('Received', timeText(record.createdAt))}
${summaryRow('Team notified', record.teamNotifiedAt ? timeText(record.teamNotifiedAt) : 'not yet')}
${summaryRow('Confirmation to them', confirmation)}
${summaryRow('Form version', String(record.schemaVersion))}
</dl>`;
};

const openings = ({ openings: list }: SubmissionView): Html =>
  html`<h2 class="govuk-heading-m">Who has opened this</h2>
<table class="govuk-table">
<caption class="govuk-visually-hidden">Who has opened this submission, newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">When</th></tr></thead>
<tbody class="govuk-table__body">
${list.map((e) => html`<tr class="govuk-table__row"><td class="govuk-table__cell">${e.actorName}</td><td class="govuk-table__cell">${timeText(e.at)}</td></tr>\n`)}</tbody>
</table>`;

/** One submission: how to contact them safely first, urgent markers, every answer, its history. */
export const submissionPage = (view: SubmissionView): Html => {
  const { config, member, form, record } = view;
  const urgent = record.urgent.map(
    (u, i) => html`${i > 0 ? ' ' : ''}<strong class="govuk-tag govuk-tag--red">${u}</strong>`,
  );
  const erase = member.admin
    ? html`<p class="govuk-body"><a class="govuk-link" href="${STAFF_PATHS.erase(record.reference)}">Erase this submission</a></p>`
    : EMPTY;
  return staffDocument(
    { ...view, title: record.reference },
    html`${doneBanner(view.done)}<span class="govuk-caption-l">${form.title} · ${config.teams[record.team]?.name ?? record.team}</span>
<h1 class="govuk-heading-l">${record.reference}</h1>
${urgent.length > 0 ? html`<p class="govuk-body">${urgent}</p>\n` : EMPTY}<div class="govuk-inset-text app-safe-contact">
<h2 class="govuk-heading-s">How to contact them safely</h2>
<p class="govuk-body"><strong data-contact-language="${record.language ?? 'en'}">${contactLanguageLine(record.language)}</strong></p>
${safeContactLines(form, record.answers).map((line) => html`<p class="govuk-body">${line}</p>\n`)}</div>
${progressSection({ ...view, members: view.members })}
<h2 class="govuk-heading-m">Their answers</h2>
<p class="govuk-body">The answers were written by a member of the public.</p>
${answers(view)}${deliveries(view)}
${openings(view)}
${erase}`,
  );
};
