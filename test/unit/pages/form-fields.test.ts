import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../../functions/forms/question-types/index.ts';
import type { Question, QuestionType } from '../../../functions/forms/types.ts';
import { EMPTY } from '../../../functions/html/html.ts';
import { renderQuestion } from '../../../functions/pages/form-fields.ts';
import { expectEveryFieldLabelled, HOSTILE_FRAGMENTS, parse } from './dom.ts';

const hostile = HOSTILE_FRAGMENTS.join(' ');

const question = (type: QuestionType): Question => ({
  id: 'q',
  type,
  label: 'A question',
  hint: 'A hint',
  required: true,
  errorName: 'an answer',
  ...(type === 'radios' || type === 'checkboxes'
    ? {
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      }
    : {}),
});

const draw = (type: QuestionType, answer: string) =>
  parse(
    renderQuestion(question(type), {
      answers: { q: answer, 'q-day': answer, 'q-month': answer, 'q-year': answer },
      errors: new Map([['q', hostile]]),
      followUps: new Map(),
      sensitive: true,
      renderFollowUp: () => EMPTY,
    }),
  );

describe.each(Object.keys(QUESTION_TYPES) as QuestionType[])('a %s question', (type) => {
  const $ = draw(type, hostile);

  it('labels every field, the first with the question’s id for the error summary', () => {
    expectEveryFieldLabelled($);
    expect($('#q')).toHaveLength(1);
    expect($('[data-question="q"]')).toHaveLength(1);
  });

  it('shows its problem and a hostile answer only as text', () => {
    expect($('#q-error').text()).toContain(hostile);
    expect($('script, img, svg, b, i, [onerror], [onfocus], [onload]')).toHaveLength(0);
    if (type === 'textarea') expect($('textarea').text()).toBe(hostile);
    if (['text', 'email', 'tel'].includes(type)) expect($('input').attr('value')).toBe(hostile);
  });
});
