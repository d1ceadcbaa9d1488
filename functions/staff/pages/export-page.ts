import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { questionType } from '../../forms/question-types/index.ts';
import { FORMS } from '../../forms/registry.ts';
import type { Answers, Question } from '../../forms/types.ts';
import { sentence } from '../../forms/words.ts';
import { t } from '../../i18n/ui.ts';
import { errorSummaryHtml, type PageError } from '../../pages/error-summary.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import type { StaffMember } from '../../storage/staff-store.ts';
import { type NavLink, staffDocument } from './staff-layout.ts';

/** The export's two dates: GOV.UK date inputs, drawn and checked by the date question type. */
export const EXPORT_DATES: Question[] = [
  {
    id: 'from',
    type: 'date',
    label: 'From',
    hint: 'For example, 1 11 2026',
    required: true,
    errorName: 'the first day',
  },
  {
    id: 'to',
    type: 'date',
    label: 'To',
    hint: 'This day is included',
    required: true,
    errorName: 'the last day',
  },
];

export interface ExportView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
  /** Whether this member's exports carry answers (functions/staff/auth/member.ts exportsAnswers). */
  answers: boolean;
  values: Answers;
  errors: PageError[];
}

const formSelect = (
  selected: string,
  error?: string,
) => `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
<label class="govuk-label" for="form">Form</label>
${error ? `<p id="form-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error)}</p>` : ''}
<select class="govuk-select" id="form" name="form"${error ? ' aria-describedby="form-error"' : ''}>
<option value="">Choose a form</option>
${FORMS.map((f) => `<option${attributes({ value: f.id, selected: f.id === selected })}>${escapeHtml(sentence(f.noun))}</option>`).join('\n')}
</select>
</div>`;

/** Choose a form and dates; the CSV holds only your teams' submissions, and the export is recorded. */
export const exportPage = (view: ExportView): string => {
  const errors = new Map(view.errors.map((e) => [e.field, e.message]));
  const ctx = {
    answers: view.values,
    errors,
    followUps: new Map(),
    sensitive: false,
    renderFollowUp: () => '',
  };
  return staffDocument(
    {
      config: view.config,
      title: 'Export',
      member: view.member,
      csrfToken: view.csrfToken,
      links: view.links,
      hasErrors: view.errors.length > 0,
    },
    `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${view.errors.length > 0 ? errorSummaryHtml(view.errors, t('en', 'errors.title')) : ''}
<h1 class="govuk-heading-l">Export</h1>
<p class="govuk-body">Download ${view.member.admin ? 'every team’s' : 'your team’s'} submissions of one form as a CSV file for a spreadsheet. ${
      view.answers
        ? 'It holds every answer, so keep it as safe as the workspace: only where your organisation allows, and deleted when you are done.'
        : 'It holds each submission’s reference, dates, team and progress, without answers: only team leads export answers. Read answers in the workspace.'
    } Each export is recorded.</p>
<form method="get" action="${STAFF_PATHS.export}" novalidate>
${formSelect(typeof view.values.form === 'string' ? view.values.form : '', errors.get('form'))}
${EXPORT_DATES.map((q) => questionType(q).render(q, ctx, false)).join('\n')}
<button type="submit" class="govuk-button" name="download" value="csv">Download CSV</button>
</form>
</div></div>`,
  );
};
