import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { Option } from '../../forms/option.ts';
import type { FieldContext } from '../../forms/question-types/field-context.ts';
import { questionType } from '../../forms/question-types/index.ts';
import type { FormDefinition, Question } from '../../forms/types.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { momentText } from '../../time/times.ts';
import { attemptText } from '../../timeline/describe.ts';
import {
  ATTEMPT_FIELDS,
  attemptDayQuestion,
  attemptNoteQuestion,
  attemptTimeQuestion,
  firstContactQuestion,
  outcomeQuestion,
  wayQuestion,
} from '../../timeline/fields.ts';
import type { AttemptEntry } from '../../timeline/types.ts';
import type { FieldError } from '../errors.ts';
import { backToCase, caseFormPage } from './case-form-page.ts';
import { csrfField, type StaffFrame } from './staff-layout.ts';

export interface ContactPageView extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  /** The ways the person marked safe: the only ones offered. */
  safeWays: Option[];
  /** Whether "Record this as first contact" is offered (first contact not yet standing). */
  offerFirstContact: boolean;
  corrects?: AttemptEntry;
  fields: Record<string, string>;
  errors: FieldError[];
}

const draw = (q: Question, ctx: FieldContext, nested = false): Html => questionType(q).render(q, ctx, nested);

const attemptForm = (view: ContactPageView, ctx: FieldContext, back: Html): Html => {
  const { record, corrects } = view;
  return html`${corrects ? html`<div class="govuk-inset-text">You are correcting: ${attemptText(corrects)}, ${momentText(corrects.at)}. The attempt stays in the timeline, marked as corrected.</div>` : EMPTY}
<form method="post" action="${STAFF_PATHS.contact(record.reference)}" novalidate data-reveals>
${csrfField(view.csrfToken)}
${corrects ? html`<input type="hidden"${attributes({ name: ATTEMPT_FIELDS.corrects, value: corrects.id })}>` : EMPTY}
${draw(attemptDayQuestion, ctx)}
${draw(attemptTimeQuestion, ctx)}
${draw(wayQuestion(view.safeWays), ctx)}
${draw(outcomeQuestion, ctx)}
${draw(attemptNoteQuestion, ctx)}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">${corrects ? 'Save the correction' : 'Save'}</button>
${back}
</div>
</form>`;
};

/** Log a contact attempt on a case, or correct one: GOV.UK date input, radios and character count. */
export const contactPage = (view: ContactPageView): Html => {
  const { form, record, corrects, errors } = view;
  const title = corrects ? 'Correct a contact attempt' : 'Log a contact attempt';
  const firstContact = {
    ...firstContactQuestion,
    showIf: { question: ATTEMPT_FIELDS.outcome, oneOf: ['spoke'] },
  };
  const ctx: FieldContext = {
    answers: { ...view.fields },
    errors: new Map(errors.map((e) => [e.field, e.message])),
    followUps: new Map(view.offerFirstContact && !corrects ? [[ATTEMPT_FIELDS.outcome, [firstContact]]] : []),
    sensitive: true,
    renderFollowUp: (q) => draw(q, ctx, true),
  };
  const back = backToCase(record.reference);
  const body =
    view.safeWays.length === 0
      ? html`<p class="govuk-body">They marked no way of contact as safe, so do not contact them.</p>
<p class="govuk-body">${back}</p>`
      : attemptForm(view, ctx, back);
  return caseFormPage(view, { title, formTitle: form.title, reference: record.reference, errors }, body);
};
