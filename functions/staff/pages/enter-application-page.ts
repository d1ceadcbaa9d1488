import { CHANNEL_FIELD, CHANNELS } from '../../case-review/enter-application.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { caseReview } from '../../forms/case-review.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukRadios } from '../../govuk/radios.ts';
import { html } from '../../html/html.ts';
import { formSections } from '../../pages/form-sections.ts';
import type { FieldError } from '../errors.ts';
import type { StaffFrame } from '../frame.ts';
import { errorSummary } from './page-errors.ts';
import { csrfField, staffDocument } from './staff-layout.ts';

/**
 * Enter an ASB Case Review application for someone: how it was made, then the public form's own
 * questions, with their rules, posted to the workspace.
 */
export const enterApplicationPage = (
  frame: StaffFrame,
  values: Record<string, unknown>,
  errors: readonly FieldError[],
) => {
  const channelError = errors.find((e) => e.field === CHANNEL_FIELD)?.message;
  const channel = govukRadios({
    name: CHANNEL_FIELD,
    idPrefix: CHANNEL_FIELD,
    fieldset: { legend: { text: 'How was the application made?', classes: 'govuk-fieldset__legend--m' } },
    items: CHANNELS.map((c) => ({ value: c.value, text: c.label })),
    value: typeof values[CHANNEL_FIELD] === 'string' ? values[CHANNEL_FIELD] : '',
    errorMessage: channelError ? { text: channelError, visuallyHiddenText: 'Error' } : false,
  });
  return staffDocument(
    { ...frame, title: 'Enter an ASB Case Review application', hasErrors: errors.length > 0 },
    html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errorSummary(errors)}
<h1 class="govuk-heading-l">Enter an ASB Case Review application</h1>
<p class="govuk-body">For an application made by phone, on paper or in person. Enter the answers as the person gave them: the same questions and rules as the online form apply, and the application records how it was made and that you entered it.</p>
<form method="post" action="${STAFF_PATHS.enterApplication}" novalidate accept-charset="utf-8">
${csrfField(frame.csrfToken)}
${channel}
${formSections(caseReview, frame.config, { values, errors })}
${govukButton({ text: 'Save the application', preventDoubleClick: true })}
</form>
</div></div>`,
  );
};
