import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml } from '../../pages/error-summary.ts';
import { escapeHtml } from '../../pages/escape-html.ts';
import type { StaffMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { timeText } from '../../time/times.ts';
import type { FieldError } from '../errors.ts';
import { csrfField, messagePage, type NavLink, type StaffFrame, staffDocument } from './staff-layout.ts';

export interface EraseView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
  form: FormDefinition;
  record: SubmissionRecord;
  errors: FieldError[];
}

/** Erasing is for good: the admin types the reference to say they mean this one. */
export const erasePage = ({ config, member, csrfToken, links, form, record, errors }: EraseView): string => {
  const error = errors.find((e) => e.field === 'confirm')?.message;
  return staffDocument(
    { config, title: `Erase ${record.reference}`, member, csrfToken, links, hasErrors: errors.length > 0 },
    `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errors.length > 0 ? errorSummaryHtml(errors, t('en', 'errors.title')) : ''}
<h1 class="govuk-heading-l">Erase ${escapeHtml(record.reference)}</h1>
<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> This deletes the ${escapeHtml(form.noun)} received ${escapeHtml(timeText(record.createdAt))} for the ${escapeHtml(config.teams[record.team]?.name ?? record.team)}, with every answer. It cannot be undone. The audit trail keeps who erased it and when.</strong></div>
<p class="govuk-body">Emails and exports already made are not in the workspace: ask whoever holds them to delete them too.</p>
<form method="post" action="${STAFF_PATHS.erase(record.reference)}" novalidate>
${csrfField(csrfToken)}
<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
<label class="govuk-label govuk-label--s" for="confirm">Type the reference to confirm</label>
${error ? `<p id="confirm-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error)}</p>` : ''}
<input class="govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}" id="confirm" name="confirm" type="text" spellcheck="false" autocomplete="off"${error ? ' aria-describedby="confirm-error"' : ''}>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Erase for good</button>
<a class="govuk-link" href="${STAFF_PATHS.submission(record.reference)}">Cancel</a>
</div>
</form>
</div></div>`,
  );
};

export const erasedPage = (frame: StaffFrame, reference: string) =>
  messagePage(
    { ...frame, title: `${reference} has been erased` },
    [
      'The submission and its answers are gone from the workspace. The audit trail keeps who erased it and when.',
    ],
    `<a class="govuk-button" href="${STAFF_PATHS.inbox}">Back to the inbox</a>`,
  );
