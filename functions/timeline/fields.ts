import type { Option } from '../forms/option.ts';
import type { Question } from '../forms/types.ts';
import { NOTE_MAX, noteQuestion } from '../progress/step-questions.ts';
import { ATTEMPT_OUTCOMES } from './types.ts';

/** The attempt form's field names, shared by the rules, the page and the tests. */
export const ATTEMPT_FIELDS = {
  /** A GOV.UK date input: posted as `on-day`, `on-month`, `on-year`. */
  on: 'on',
  time: 'time',
  way: 'way',
  outcome: 'outcome',
  note: 'note',
  /** The "Record this as first contact" checkbox. */
  firstContact: 'firstContact',
  corrects: 'corrects',
} as const;

/** The note form's field names. */
export const NOTE_FIELDS = { text: 'text', corrects: 'corrects' } as const;

/** The value the first-contact checkbox posts when ticked. */
export const FIRST_CONTACT_YES = 'yes';

export const OUTCOME_OPTIONS: Option[] = ATTEMPT_OUTCOMES.map(([value, label]) => ({ value, label }));

export const attemptDayQuestion: Question = {
  id: ATTEMPT_FIELDS.on,
  type: 'date',
  label: 'What day was it?',
  hint: 'Today, or an earlier day on or after the day it was received. For example, 27 3 2026',
  required: true,
  errorName: 'the date',
};

export const attemptTimeQuestion: Question = {
  id: ATTEMPT_FIELDS.time,
  type: 'text',
  label: 'What time was it?',
  hint: 'UK time. For example, 14:05 or 2:05pm',
  required: true,
  width: 5,
  spellcheck: false,
  errorName: 'the time',
};

/** By which way: radios over the ways the person marked safe, and only those. */
export const wayQuestion = (safe: Option[]): Question => ({
  id: ATTEMPT_FIELDS.way,
  type: 'radios',
  label: 'How did you try to reach them?',
  hint: 'Only the ways they marked as safe are listed',
  required: true,
  options: safe,
  errorName: 'how you tried to reach them',
});

export const outcomeQuestion: Question = {
  id: ATTEMPT_FIELDS.outcome,
  type: 'radios',
  label: 'What happened?',
  required: true,
  options: OUTCOME_OPTIONS,
  errorName: 'what happened',
};

export const firstContactQuestion: Question = {
  id: ATTEMPT_FIELDS.firstContact,
  type: 'checkboxes',
  label: 'First contact',
  hint: 'Only when you spoke to them. It records the first contact step with this way and day.',
  required: false,
  options: [{ value: FIRST_CONTACT_YES, label: 'Record this as first contact' }],
  errorName: 'whether this is first contact',
};

/** The step form's optional note, under the attempt form's own field name. */
export const attemptNoteQuestion: Question = { ...noteQuestion, id: ATTEMPT_FIELDS.note };

export const noteTextQuestion: Question = {
  id: NOTE_FIELDS.text,
  type: 'textarea',
  label: 'Note',
  hint: 'For the team only. It is kept and erased with the submission, and never emailed.',
  required: true,
  maxLength: NOTE_MAX,
  errorName: 'the note',
};
