import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { FieldContext } from '../../forms/question-types/field-context.ts';
import { questionType } from '../../forms/question-types/index.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { momentText } from '../../time/times.ts';
import { NOTE_FIELDS, noteTextQuestion } from '../../timeline/fields.ts';
import type { NoteEntry } from '../../timeline/types.ts';
import type { FieldError } from '../errors.ts';
import { backToCase, caseFormPage } from './case-form-page.ts';
import { csrfField, type StaffFrame } from './staff-layout.ts';

export interface NotePageView extends StaffFrame {
  form: FormDefinition;
  record: SubmissionRecord;
  corrects?: NoteEntry;
  fields: Record<string, string>;
  errors: FieldError[];
}

/** Add a note to a case, or correct one: a GOV.UK character count, 500 characters. */
export const notePage = (view: NotePageView): Html => {
  const { form, record, corrects, errors } = view;
  const title = corrects ? 'Correct a note' : 'Add a note';
  const ctx: FieldContext = {
    answers: { ...view.fields },
    errors: new Map(errors.map((e) => [e.field, e.message])),
    followUps: new Map(),
    sensitive: true,
    renderFollowUp: () => EMPTY,
  };
  return caseFormPage(
    view,
    { title, formTitle: form.title, reference: record.reference, errors },
    html`${corrects ? html`<div class="govuk-inset-text">You are correcting the note of ${momentText(corrects.recordedAt)}. It stays in the timeline, marked as corrected.</div>\n` : EMPTY}<form method="post" action="${STAFF_PATHS.notes(record.reference)}" novalidate>
${csrfField(view.csrfToken)}
${corrects ? html`<input type="hidden"${attributes({ name: NOTE_FIELDS.corrects, value: corrects.id })}>` : EMPTY}
${questionType(noteTextQuestion).render(noteTextQuestion, ctx, false)}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">${corrects ? 'Save the correction' : 'Save'}</button>
${backToCase(record.reference)}
</div>
</form>`,
  );
};
