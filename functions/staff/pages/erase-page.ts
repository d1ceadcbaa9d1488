import { teamName } from '../../config/team-name.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { attributes, classes, EMPTY, type Html, html } from '../../html/html.ts';
import { errorMessageHtml } from '../../pages/error-summary.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { timeText } from '../../time/times.ts';
import type { FieldError } from '../errors.ts';
import { errorSummary } from './page-errors.ts';
import { csrfField, messagePage, type StaffFrame, staffDocument } from './staff-layout.ts';

export interface EraseView extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  errors: FieldError[];
}

/** Erasing is for good: the admin types the reference to say they mean this one. */
export const erasePage = (view: EraseView): Html => {
  const { config, form, record, errors } = view;
  const error = errors.find((e) => e.field === 'confirm')?.message;
  return staffDocument(
    { ...view, title: `Erase ${record.reference}`, hasErrors: errors.length > 0 },
    html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errorSummary(errors)}
<h1 class="govuk-heading-l">Erase ${record.reference}</h1>
<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> This deletes the ${form.noun} received ${timeText(record.createdAt)} for the ${teamName(config, record.team)}, with every answer. It cannot be undone. The audit trail keeps who erased it and when.</strong></div>
<p class="govuk-body">Emails and exports already made are not in the workspace: ask whoever holds them to delete them too.</p>
<form method="post" action="${STAFF_PATHS.erase(record.reference)}" novalidate>
${csrfField(view.csrfToken)}
<div class="${classes('govuk-form-group', error && 'govuk-form-group--error')}">
<label class="govuk-label govuk-label--s" for="confirm">Type the reference to confirm</label>
${error ? errorMessageHtml('confirm', error) : EMPTY}
<input${attributes({
      class: classes('govuk-input govuk-input--width-10', error && 'govuk-input--error'),
      id: 'confirm',
      name: 'confirm',
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': error ? 'confirm-error' : undefined,
    })}>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Erase for good</button>
<a class="govuk-link" href="${STAFF_PATHS.submission(record.reference)}">Cancel</a>
</div>
</form>
</div></div>`,
  );
};

export const erasedPage = (frame: StaffFrame, reference: string): Html =>
  messagePage(
    { ...frame, title: `${reference} has been erased` },
    [
      'The submission and its answers are gone from the workspace. The audit trail keeps who erased it and when.',
    ],
    html`<a class="govuk-button" href="${STAFF_PATHS.inbox}">Back to the inbox</a>`,
  );
