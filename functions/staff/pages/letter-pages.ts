import type { LetterEntry } from '../../case-review/letter-entry.ts';
import { LETTER_KINDS, LETTER_NAMES } from '../../case-review/letter-wording.ts';
import { dayIn } from '../../case-review/letters.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukButton } from '../../govuk/button.ts';
import { govukRadios } from '../../govuk/radios.ts';
import { govukTextarea } from '../../govuk/textarea.ts';
import { type Html, html } from '../../html/html.ts';
import { londonDay } from '../../time/london.ts';
import { timeText } from '../../time/times.ts';
import type { FieldError } from '../errors.ts';
import type { StaffFrame } from '../frame.ts';
import { backToCase, caseFormPage } from './case-form-page.ts';
import { csrfField, staffDocument } from './staff-layout.ts';

const LANGUAGE_NAMES = { en: 'English', cy: 'Welsh (Cymraeg)' } as const;

const errorOf = (errors: readonly FieldError[], field: string) => {
  const found = errors.find((e) => e.field === field);
  return found ? { text: found.message, visuallyHiddenText: 'Error' } : false;
};

/** The form to write a letter: which, in which language, and the reasons to fill in. */
export const letterFormPage = (
  frame: StaffFrame,
  reference: string,
  values: Record<string, string>,
  errors: readonly FieldError[],
): Html =>
  caseFormPage(
    frame,
    { title: 'Write to the applicant', formTitle: 'ASB Case Review application', reference, errors },
    html`<form method="post" action="${STAFF_PATHS.letters(reference)}" novalidate>
${csrfField(frame.csrfToken)}
${govukRadios({
  name: 'kind',
  idPrefix: 'kind',
  fieldset: { legend: { text: 'Which letter?', classes: 'govuk-fieldset__legend--m' } },
  items: LETTER_KINDS.map((k) => ({ value: k, text: LETTER_NAMES[k] })),
  value: values.kind ?? '',
  errorMessage: errorOf(errors, 'kind'),
})}
${govukRadios({
  name: 'language',
  idPrefix: 'language',
  fieldset: { legend: { text: 'In which language?', classes: 'govuk-fieldset__legend--m' } },
  hint: { text: 'The language they asked us to contact them in is chosen already.' },
  items: Object.entries(LANGUAGE_NAMES).map(([value, text]) => ({ value, text })),
  value: values.language ?? '',
  errorMessage: errorOf(errors, 'language'),
})}
${govukTextarea({
  name: 'reasons',
  id: 'reasons',
  label: { text: 'The reasons, or what the review decided', classes: 'govuk-label--m' },
  hint: {
    text: 'Needed for every letter but the acknowledgement. Written to the applicant, in the letter’s language, in plain words.',
  },
  value: values.reasons ?? '',
  errorMessage: errorOf(errors, 'reasons'),
})}
${govukButton({ text: 'Keep the letter and print it', preventDoubleClick: true })}
</form>
<p class="govuk-body">${backToCase(reference)}</p>`,
  );

/** One letter as sent, to print and post: kept on the case, so it reads the same every time. */
export const letterPage = (
  frame: StaffFrame,
  reference: string,
  letter: LetterEntry,
  address: { name: string; lines: string[] },
): Html =>
  staffDocument(
    { ...frame, title: `${LETTER_NAMES[letter.kind]} letter: ${reference}` },
    html`<p class="govuk-body app-no-print">${backToCase(reference)} · ${LETTER_NAMES[letter.kind]}, sent ${timeText(letter.sentAt)} by ${letter.byName ?? 'a member of staff'}${letter.way === 'email' ? ', by email to the address they marked safe' : ', to print and post'}</p>
<div class="app-letter" lang="${letter.language}">
<p class="govuk-body app-pre-line">${[address.name, ...address.lines].join('\n')}</p>
<p class="govuk-body">${dayIn(letter.language, londonDay(letter.sentAt))}</p>
<h1 class="govuk-heading-m">${letter.subject}</h1>
${letter.paragraphs.map((p) => html`<p class="govuk-body app-pre-line">${p}</p>\n`)}<p class="govuk-body">${frame.config.organisation}</p>
</div>`,
  );
