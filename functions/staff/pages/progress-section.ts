import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukSuccessBanner } from '../../govuk/notification-banner.ts';
import { govukSelect } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import type { ProgressView } from '../case-view.ts';
import { csrfField } from './staff-layout.ts';
import { timelineList } from './timeline-list.ts';

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
  'attempt-logged': 'The contact attempt has been logged.',
  'attempt-corrected': 'The correction has been recorded. The earlier attempt stays in the timeline.',
  'first-contact': 'The contact attempt has been logged and first contact recorded.',
  'note-added': 'The note has been added.',
  'note-corrected': 'The correction has been recorded. The earlier note stays in the timeline.',
};

/** A notification banner after a step was saved (POST, then redirect here). */
export const doneBanner = (done: string | null | undefined): Html => {
  // Object.hasOwn: ?done=__proto__ or constructor must not reach the object's prototype.
  const text = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return text ? govukSuccessBanner(text) : EMPTY;
};

/** What can be done next: a step (unless closed), a contact attempt, a note. */
const actions = (view: ProgressView): Html =>
  html`<div class="govuk-button-group">
${
  view.closed
    ? EMPTY
    : html`<a class="govuk-button" href="${STAFF_PATHS.steps(view.reference)}">Record the next step</a>
`
}<a class="govuk-button govuk-button--secondary" href="${STAFF_PATHS.contact(view.reference)}">Log a contact attempt</a>
<a class="govuk-button govuk-button--secondary" href="${STAFF_PATHS.notes(view.reference)}">Add a note</a>
</div>
${
  view.closed
    ? html`<p class="govuk-body">This case is closed. To reopen it, correct the closure.</p>
`
    : EMPTY
}`;

/** The submission's progress: where it is, who has it, its history with corrections, what to do next. */
export const progressSection = (view: ProgressView): Html =>
  html`<h2 class="govuk-heading-m" id="progress">Progress</h2>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${view.status}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Assigned to</dt><dd class="govuk-summary-list__value">${view.assignee}</dd></div>
</dl>
${actions(view)}
<h3 class="govuk-heading-m" id="timeline">Timeline, oldest first</h3>
${timelineList(view.timeline)}
${assignForm(view)}`;
