import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { govukSelect } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import { entryText, statusLabel } from '../../progress/describe.ts';
import { standingSteps, statusOf } from '../../progress/history.ts';
import type { StepEntry } from '../../progress/types.ts';
import type { StaffMember, TeamMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { dayName } from '../../time/times.ts';
import { csrfField } from './staff-layout.ts';

const cell = (content: Html | string, preLine = false) =>
  html`<td class="govuk-table__cell${preLine ? ' app-pre-line' : ''}">${content}</td>`;

const historyRow =
  (form: FormDefinition, record: SubmissionRecord, standing: Set<string>, replaced?: StepEntry) =>
  (e: StepEntry): Html => {
    const status = replaced
      ? html`<strong class="govuk-tag govuk-tag--grey">Corrected</strong> <span class="govuk-body-s">replaced by the entry of ${dayName(replaced.recordedAt.slice(0, 10))}</span>`
      : e.corrects
        ? html`<strong class="govuk-tag govuk-tag--yellow">Correction</strong>`
        : EMPTY;
    const correct = standing.has(e.id)
      ? html`<a class="govuk-link" href="${`${STAFF_PATHS.steps(record.reference)}?corrects=${encodeURIComponent(e.id)}`}">Correct<span class="govuk-visually-hidden"> ${entryText(form, e)}</span></a>`
      : EMPTY;
    return html`<tr class="govuk-table__row${replaced ? ' app-corrected' : ''}">
${cell(entryText(form, e))}
${cell(e.note ?? '', true)}
${cell(e.byName ?? 'A member of staff')}
${cell(status)}
${cell(correct)}
</tr>`;
  };

const historyTable = (form: FormDefinition, record: SubmissionRecord): Html => {
  const entries = record.steps ?? [];
  const standing = new Set(standingSteps(entries).map((e) => e.id));
  const correctedBy = new Map(entries.flatMap((e) => (e.corrects ? [[e.corrects, e]] : [])));
  return html`<table class="govuk-table app-progress">
<caption class="govuk-table__caption">Progress history, oldest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Step</th><th scope="col" class="govuk-table__header">Note</th><th scope="col" class="govuk-table__header">Recorded by</th><th scope="col" class="govuk-table__header">Correction</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th>
</tr></thead>
<tbody class="govuk-table__body">
${entries.map((e) => html`${historyRow(form, record, standing, correctedBy.get(e.id))(e)}\n`)}</tbody>
</table>`;
};

/** Who it can go to: the team's members who have signed in (you marked), or nobody. */
export const assigneeItems = (member: StaffMember, members: readonly TeamMember[]) => [
  { value: '', text: 'Not assigned' },
  ...members.map((m) => ({ value: m.sub, text: m.sub === member.sub ? `${m.name} (you)` : m.name })),
];

const assignForm = (
  record: SubmissionRecord,
  member: StaffMember,
  members: TeamMember[],
  csrfToken: string,
) =>
  html`<form method="post" action="${STAFF_PATHS.assignee(record.reference)}" class="app-assign">
${csrfField(csrfToken)}
<input type="hidden"${attributes({ name: 'was', value: record.assignee ?? '' })}>
${govukSelect({
  id: 'assign-to',
  name: 'assignee',
  label: { text: 'Assigned to', classes: 'govuk-label--s' },
  value: record.assignee ?? '',
  items: assigneeItems(member, members),
  formGroup: {
    afterInput: {
      html: html`<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Change</button>\n`,
    },
  },
})}
</form>`;

const DONE: Record<string, string> = {
  recorded: 'The step has been recorded.',
  corrected: 'The correction has been recorded. The earlier entry stays in the history.',
  assigned: 'Who it is assigned to has been changed.',
};

export interface ProgressSectionView {
  form: FormDefinition;
  record: SubmissionRecord;
  member: StaffMember;
  members: TeamMember[];
  csrfToken: string;
  done?: string | null;
}

/** A notification banner after a step was saved (POST, then redirect here). */
export const doneBanner = (done: string | null | undefined): Html => {
  // Object.hasOwn: ?done=__proto__ or constructor must not reach the object's prototype.
  const text = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return text
    ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title" data-module="govuk-notification-banner">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="done-title">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${text}</p></div>
</div>`
    : EMPTY;
};

/** The submission's progress: where it is, who has it, its history with corrections, what to do next. */
export const progressSection = ({ form, record, member, members, csrfToken }: ProgressSectionView): Html => {
  const status = statusOf(form.progress, record.steps);
  const closed = form.progress.steps.find((s) => s.id === status)?.closes === true;
  const assignee = members.find((m) => m.sub === record.assignee);
  return html`<h2 class="govuk-heading-m" id="progress">Progress</h2>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${statusLabel(form, status)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Assigned to</dt><dd class="govuk-summary-list__value">${record.assignee ? (assignee?.name ?? 'Someone no longer listed in the team') : 'Nobody yet'}</dd></div>
</dl>
${(record.steps ?? []).length > 0 ? historyTable(form, record) : html`<p class="govuk-body">No steps recorded yet.</p>`}
${closed ? html`<p class="govuk-body">This case is closed. To reopen it, correct the closure.</p>` : html`<a class="govuk-button" href="${STAFF_PATHS.steps(record.reference)}">Record the next step</a>`}
${assignForm(record, member, members, csrfToken)}`;
};
