import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukDateInput } from '../../govuk/date-input.ts';
import { govukInput } from '../../govuk/input.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import { FOLLOW_UP_FIELDS, FOLLOW_UP_WHAT_MAX, followUpDateQuestion } from '../../progress/follow-up.ts';
import type { FieldError } from '../errors.ts';
import { backToCase, caseFormPage } from './case-form-page.ts';
import { csrfField, type StaffFrame } from './staff-layout.ts';

export interface FollowUpPageView extends StaffFrame {
  reference: string;
  formTitle: string;
  /** Whether the case has one now (then it can be cleared). */
  hasFollowUp: boolean;
  /** What the fields hold: as posted, or the follow-up as set. */
  fields: Record<string, string>;
  errors: FieldError[];
}

const q = followUpDateQuestion;
const errorOf = (view: FollowUpPageView, field: string) => {
  const found = view.errors.find((e) => e.field === field);
  return found ? { text: found.message, visuallyHiddenText: 'Error' } : undefined;
};

const dateInput = (view: FollowUpPageView): Html => {
  const error = errorOf(view, FOLLOW_UP_FIELDS.on);
  return govukDateInput({
    // The day box carries the field's own id, so the error summary's link lands on it.
    id: `${q.id}-date`,
    namePrefix: q.id,
    items: [
      { id: q.id, name: 'day', label: 'Day' },
      { name: 'month', label: 'Month' },
      { name: 'year', label: 'Year' },
    ],
    values: view.fields,
    fieldset: { legend: { text: q.label, classes: 'govuk-fieldset__legend--s' } },
    ...(q.hint ? { hint: { text: q.hint } } : {}),
    ...(error ? { errorMessage: error } : {}),
  });
};

const whatInput = (view: FollowUpPageView): Html => {
  const error = errorOf(view, FOLLOW_UP_FIELDS.what);
  return govukInput({
    id: FOLLOW_UP_FIELDS.what,
    name: FOLLOW_UP_FIELDS.what,
    label: { text: 'What for', classes: 'govuk-label--s' },
    hint: {
      text: `A short line for the team, up to ${FOLLOW_UP_WHAT_MAX} characters. It is kept and erased with the submission, and never emailed.`,
    },
    value: view.fields[FOLLOW_UP_FIELDS.what] ?? '',
    spellcheck: true,
    autocomplete: 'off',
    ...(error ? { errorMessage: error } : {}),
  });
};

/** Set, change or clear a case's follow-up date: GOV.UK date input and a one-line "what for". */
export const followUpPage = (view: FollowUpPageView): Html => {
  const action = STAFF_PATHS.followUp(view.reference);
  const back = backToCase(view.reference);
  const clear = view.hasFollowUp
    ? html`<form method="post" action="${action}" novalidate>
${csrfField(view.csrfToken)}
<input type="hidden" name="${FOLLOW_UP_FIELDS.clear}" value="yes">
<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Clear the follow-up</button>
</form>`
    : EMPTY;
  const title = view.hasFollowUp ? 'Change the follow-up' : 'Set a follow-up';
  return caseFormPage(
    view,
    { title, formTitle: view.formTitle, reference: view.reference, errors: view.errors },
    html`<form method="post" action="${action}" novalidate>
${csrfField(view.csrfToken)}
${dateInput(view)}
${whatInput(view)}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Save the follow-up</button>
${back}
</div>
</form>
${clear}`,
  );
};
