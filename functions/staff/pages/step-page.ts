import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FieldContext } from '../../forms/question-types/field-context.ts';
import { questionType } from '../../forms/question-types/index.ts';
import type { Answers, FormDefinition, Question } from '../../forms/types.ts';
import { govukSelect } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import { entryText } from '../../progress/describe.ts';
import { currentPause } from '../../progress/history.ts';
import {
  dateQuestion,
  detailLabel,
  detailQuestion,
  noteQuestion,
  reviewQuestion,
  STEP_FIELDS,
  stepQuestion,
} from '../../progress/step-questions.ts';
import type { StepEntry, StepSpec } from '../../progress/types.ts';
import { currentAnswers } from '../../returning/current-answers.ts';
import type { TeamMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { dayName } from '../../time/times.ts';
import { assigneeChoices } from '../case-view.ts';
import type { FieldError } from '../errors.ts';
import { backToCase, caseFormPage } from './case-form-page.ts';
import { csrfField, type StaffFrame } from './staff-layout.ts';

export interface StepPageView extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  /** The steps that can be chosen: those recordable now, or every step for a correction. */
  offered: StepSpec[];
  /** Who it can be assigned to. */
  members: TeamMember[];
  corrects?: StepEntry;
  /** What the fields hold: as posted, or the defaults (today, the current assignee). */
  fields: Record<string, string>;
  errors: FieldError[];
}

/** A question drawn by its type, as the public forms draw it. */
const draw = (q: Question, ctx: FieldContext, nested = false): Html => questionType(q).render(q, ctx, nested);

const assigneeSelect = (view: StepPageView): Html => {
  const error = view.errors.find((e) => e.field === STEP_FIELDS.assignee);
  return govukSelect({
    id: STEP_FIELDS.assignee,
    name: STEP_FIELDS.assignee,
    label: { text: 'Assigned to', classes: 'govuk-label--s' },
    hint: { text: 'Members of the team who have signed in to the workspace' },
    value: view.fields[STEP_FIELDS.assignee] ?? '',
    items: assigneeChoices(view.member, view.members),
    ...(error ? { errorMessage: { text: error.message, visuallyHiddenText: 'Error' } } : {}),
  });
};

const stepForm = (view: StepPageView, ctx: FieldContext, back: Html): Html => {
  const { record, offered, corrects } = view;
  return html`${corrects ? html`<div class="govuk-inset-text">You are correcting: ${entryText(view.form, corrects)}. The entry stays in the history, marked as corrected.</div>` : EMPTY}
<form method="post" action="${STAFF_PATHS.steps(record.reference)}" novalidate data-reveals>
${csrfField(view.csrfToken)}
<input type="hidden"${attributes({ name: STEP_FIELDS.version, value: String(record.steps?.length ?? 0) })}>
${corrects ? html`<input type="hidden"${attributes({ name: STEP_FIELDS.corrects, value: corrects.id })}>` : EMPTY}
${draw(stepQuestion(offered, corrects ? 'What should the step be?' : 'What has been done?'), ctx)}
${draw(dateQuestion, ctx)}
${draw(noteQuestion, ctx)}
${assigneeSelect(view)}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">${corrects ? 'Save the correction' : 'Save'}</button>
${back}
</div>
</form>`;
};

/** While paused: since when and why, when to review it, and that only resuming or closing can follow. */
const pausedNotice = (form: FormDefinition, record: SubmissionRecord): Html => {
  const pause = currentPause(form.progress, record.steps);
  const step = form.progress.steps.find((s) => s.id === pause?.step);
  if (!pause || !step) return EMPTY;
  const why = pause.detail ? `: ${detailLabel(step, pause.detail)}` : '';
  const review = pause.reviewOn ? `; review by ${dayName(pause.reviewOn)}` : '';
  return html`<div class="govuk-inset-text">This case is paused (since ${dayName(pause.on)}${why}${review}). Resume it before recording anything else; it can also be closed while paused.</div>`;
};

/** Record the next step on a submission, or correct one: GOV.UK radios, date input and character count. */
export const stepPage = (view: StepPageView): Html => {
  const { form, record, offered, corrects, errors } = view;
  const title = corrects ? 'Correct a step' : 'Record the next step';
  const answers: Answers = { ...view.fields };
  // Revealed under a step's radio: its detail, and for a pause its review date.
  const details = offered.flatMap((s) =>
    [detailQuestion(s, currentAnswers(form, record)), reviewQuestion(s)].flatMap((q) => q ?? []),
  );
  const ctx: FieldContext = {
    answers,
    errors: new Map(errors.map((e) => [e.field, e.message])),
    followUps: new Map([[STEP_FIELDS.step, details]]),
    sensitive: true,
    renderFollowUp: (q) => draw(q, ctx, true),
  };
  const back = backToCase(record.reference);
  const body =
    offered.length === 0
      ? html`<p class="govuk-body">This case is closed, so no step can be recorded. To reopen it, correct the closure from the submission’s progress.</p>
<p class="govuk-body">${back}</p>`
      : stepForm(view, ctx, back);
  return caseFormPage(
    view,
    { title, formTitle: form.title, reference: record.reference, errors },
    html`${corrects ? EMPTY : pausedNotice(form, record)}
${body}`,
  );
};
