import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { questionType } from '../../forms/question-types/index.ts';
import type { Answers, FormDefinition, Question } from '../../forms/types.ts';
import { t } from '../../i18n/ui.ts';
import { errorMessageHtml, errorSummaryHtml, type PageError } from '../../pages/error-summary.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import type { FieldContext } from '../../pages/field-context.ts';
import { entryText } from '../../progress/describe.ts';
import {
  dateQuestion,
  detailQuestion,
  noteQuestion,
  STEP_FIELDS,
  stepQuestion,
} from '../../progress/step-questions.ts';
import type { StepEntry, StepSpec } from '../../progress/types.ts';
import type { StaffMember, TeamMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { csrfField, type NavLink, staffDocument } from './staff-layout.ts';

export interface StepPageView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
  form: FormDefinition;
  record: SubmissionRecord;
  /** The steps that can be chosen: those recordable now, or every step for a correction. */
  offered: StepSpec[];
  /** Who it can be assigned to. */
  members: TeamMember[];
  corrects?: StepEntry;
  /** What the fields hold: as posted, or the defaults (today, the current assignee). */
  fields: Record<string, string>;
  errors: PageError[];
}

const draw = (q: Question, ctx: FieldContext, nested = false) => questionType(q).render(q, ctx, nested);

const assigneeSelect = (view: StepPageView) => {
  const error = view.errors.find((e) => e.field === STEP_FIELDS.assignee);
  const chosen = view.fields[STEP_FIELDS.assignee] ?? '';
  const options: [string, string][] = [
    ['', 'Not assigned'],
    ...view.members.map((m): [string, string] => [
      m.sub,
      m.sub === view.member.sub ? `${m.name} (you)` : m.name,
    ]),
  ];
  return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
<label class="govuk-label govuk-label--s" for="${STEP_FIELDS.assignee}">Assigned to</label>
<div id="${STEP_FIELDS.assignee}-hint" class="govuk-hint">Members of the team who have signed in to the workspace</div>
${error ? errorMessageHtml(STEP_FIELDS.assignee, error.message) : ''}<select${attributes({
    class: `govuk-select${error ? ' govuk-select--error' : ''}`,
    id: STEP_FIELDS.assignee,
    name: STEP_FIELDS.assignee,
    'aria-describedby': `${STEP_FIELDS.assignee}-hint${error ? ` ${STEP_FIELDS.assignee}-error` : ''}`,
  })}>
${options.map(([v, text]) => `<option${attributes({ value: v, selected: v === chosen })}>${escapeHtml(text)}</option>`).join('\n')}
</select>
</div>`;
};

/** Record the next step on a submission, or correct one: GOV.UK radios, date input and character count. */
export const stepPage = (view: StepPageView): string => {
  const { config, member, csrfToken, links, form, record, offered, corrects, errors } = view;
  const title = corrects ? 'Correct a step' : 'Record the next step';
  const answers: Answers = { ...view.fields };
  const details = offered.flatMap((s) => detailQuestion(s, record.answers) ?? []);
  const ctx: FieldContext = {
    answers,
    errors: new Map(errors.map((e) => [e.field, e.message])),
    followUps: new Map([[STEP_FIELDS.step, details]]),
    sensitive: true,
    renderFollowUp: (q) => draw(q, ctx, true),
  };
  const caption = `<span class="govuk-caption-l">${escapeHtml(form.title)} · ${escapeHtml(record.reference)}</span>`;
  const back = `<a class="govuk-link" href="${STAFF_PATHS.submission(record.reference)}">Back to ${escapeHtml(record.reference)}</a>`;
  const body =
    offered.length === 0
      ? `<p class="govuk-body">This case is closed, so no step can be recorded. To reopen it, correct the closure from the submission’s progress.</p>
<p class="govuk-body">${back}</p>`
      : `${corrects ? `<div class="govuk-inset-text">You are correcting: ${escapeHtml(entryText(form, corrects))}. The entry stays in the history, marked as corrected.</div>` : ''}
<form method="post" action="${STAFF_PATHS.steps(record.reference)}" novalidate data-reveals>
${csrfField(csrfToken)}
<input type="hidden"${attributes({ name: STEP_FIELDS.version, value: String(record.steps?.length ?? 0) })}>
${corrects ? `<input type="hidden"${attributes({ name: STEP_FIELDS.corrects, value: corrects.id })}>` : ''}
${draw(stepQuestion(offered, corrects ? 'What should the step be?' : 'What has been done?'), ctx)}
${draw(dateQuestion, ctx)}
${draw(noteQuestion, ctx)}
${assigneeSelect(view)}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">${corrects ? 'Save the correction' : 'Save'}</button>
${back}
</div>
</form>`;
  return staffDocument(
    {
      config,
      title: `${title}: ${record.reference}`,
      member,
      csrfToken,
      links,
      hasErrors: errors.length > 0,
    },
    `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${errors.length > 0 ? errorSummaryHtml(errors, t('en', 'errors.title')) : ''}
${caption}
<h1 class="govuk-heading-l">${title}</h1>
${body}
</div></div>`,
  );
};
