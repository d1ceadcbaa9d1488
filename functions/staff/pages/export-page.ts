import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FieldContext } from '../../forms/question-types/field-context.ts';
import { questionType } from '../../forms/question-types/index.ts';
import { FORMS } from '../../forms/registry.ts';
import type { Answers, Question } from '../../forms/types.ts';
import { sentence } from '../../forms/words.ts';
import { govukSelect } from '../../govuk/select.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { FieldError } from '../errors.ts';
import { errorSummary } from './page-errors.ts';
import { type StaffFrame, staffDocument } from './staff-layout.ts';

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

export interface ExportView extends StaffFrame {
  /** Whether this member's exports carry answers (functions/staff/auth/member.ts exportsAnswers). */
  answers: boolean;
  values: Answers;
  errors: FieldError[];
}

const formSelect = (selected: string, error?: string): Html =>
  govukSelect({
    id: 'form',
    name: 'form',
    label: { text: 'Form' },
    value: selected,
    items: [
      { value: '', text: 'Choose a form' },
      ...FORMS.map((f) => ({ value: f.id, text: sentence(f.noun) })),
    ],
    ...(error ? { errorMessage: { text: error, visuallyHiddenText: 'Error' } } : {}),
  });

/** Choose a form and dates; the CSV holds only your teams' submissions, and the export is recorded. */
export const exportPage = (view: ExportView): Html => {
  const errors = new Map(view.errors.map((e) => [e.field, e.message]));
  const ctx: FieldContext = {
    answers: view.values,
    errors,
    followUps: new Map(),
    sensitive: false,
    renderFollowUp: () => EMPTY,
  };
  const dates = EXPORT_DATES.map((q) => html`${questionType(q).render(q, ctx, false)}\n`);
  return staffDocument(
    { ...view, title: 'Export', hasErrors: view.errors.length > 0 },
    html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errorSummary(view.errors)}
<h1 class="govuk-heading-l">Export</h1>
<p class="govuk-body">Download ${view.member.admin ? 'every team’s' : 'your team’s'} submissions of one form as a CSV file for a spreadsheet. ${
      view.answers
        ? 'It holds every answer, so keep it as safe as the workspace: only where your organisation allows, and deleted when you are done.'
        : 'It holds each submission’s reference, dates, team and progress, without answers: only team leads export answers. Read answers in the workspace.'
    } Each export is recorded.</p>
<form method="get" action="${STAFF_PATHS.export}" novalidate>
${formSelect(typeof view.values.form === 'string' ? view.values.form : '', errors.get('form'))}
${dates}<button type="submit" class="govuk-button" name="download" value="csv">Download CSV</button>
</form>
</div></div>`,
  );
};
