import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukSelect } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import type { HistoryRowView, ProgressView } from '../case-view.ts';
import { csrfField } from './staff-layout.ts';

const cell = (content: Html | string, preLine = false) =>
  html`<td class="govuk-table__cell${preLine ? ' app-pre-line' : ''}">${content}</td>`;

const historyRow = (reference: string, e: HistoryRowView): Html => {
  const status = e.replacedOn
    ? html`<strong class="govuk-tag govuk-tag--grey">Corrected</strong> <span class="govuk-body-s">replaced by the entry of ${e.replacedOn}</span>`
    : e.isCorrection
      ? html`<strong class="govuk-tag govuk-tag--yellow">Correction</strong>`
      : EMPTY;
  const correct = e.correctable
    ? html`<a class="govuk-link" href="${`${STAFF_PATHS.steps(reference)}?corrects=${encodeURIComponent(e.correctable.id)}`}">Correct<span class="govuk-visually-hidden"> ${e.text}</span></a>`
    : EMPTY;
  return html`<tr class="govuk-table__row${e.replacedOn ? ' app-corrected' : ''}">
${cell(e.text)}
${cell(e.note, true)}
${cell(e.byName)}
${cell(status)}
${cell(correct)}
</tr>`;
};

const historyTable = ({ reference, history }: ProgressView): Html =>
  html`<table class="govuk-table app-progress">
<caption class="govuk-table__caption">Progress history, oldest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Step</th><th scope="col" class="govuk-table__header">Note</th><th scope="col" class="govuk-table__header">Recorded by</th><th scope="col" class="govuk-table__header">Correction</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th>
</tr></thead>
<tbody class="govuk-table__body">
${history.map((e) => html`${historyRow(reference, e)}\n`)}</tbody>
</table>`;

const assignForm = (view: ProgressView): Html =>
  html`<form method="post" action="${STAFF_PATHS.assignee(view.reference)}" class="app-assign">
${csrfField(view.csrfToken)}
<input type="hidden"${attributes({ name: 'was', value: view.was })}>
${govukSelect({
  id: 'assign-to',
  name: 'assignee',
  label: { text: 'Assigned to', classes: 'govuk-label--s' },
  value: view.was,
  items: view.assignees,
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
export const progressSection = (view: ProgressView): Html =>
  html`<h2 class="govuk-heading-m" id="progress">Progress</h2>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${view.status}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Assigned to</dt><dd class="govuk-summary-list__value">${view.assignee}</dd></div>
</dl>
${view.history.length > 0 ? historyTable(view) : html`<p class="govuk-body">No steps recorded yet.</p>`}
${view.closed ? html`<p class="govuk-body">This case is closed. To reopen it, correct the closure.</p>` : html`<a class="govuk-button" href="${STAFF_PATHS.steps(view.reference)}">Record the next step</a>`}
${assignForm(view)}`;
