import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { publishedSchema } from '../../../functions/forms/json-schema.ts';
import { dateProblem } from '../../../functions/forms/question-types/date.ts';
import { answerText, QUESTION_TYPES, questionType } from '../../../functions/forms/question-types/index.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { Question } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const nuisance = findForm('nuisance');
const feedback = findForm('feedback');
if (!nuisance || !feedback) throw new Error('forms missing');

const lastHappened: Question = {
  id: 'mostRecent',
  type: 'date',
  label: 'When did it last happen?',
  required: true,
  errorName: 'the date it last happened',
};

/** A nuisance report whose most recent incident is given as a form post's three boxes. */
const postedParts = (day: string, month: string, year: string) => {
  const { mostRecent: _, ...rest } = VALID_ANSWERS.nuisance ?? {};
  return { ...rest, 'mostRecent-day': day, 'mostRecent-month': month, 'mostRecent-year': year };
};

const errorsOf = (raw: Record<string, unknown>) => {
  const result = validateAnswers(nuisance, raw, ANSWER_DAY);
  return result.ok ? [] : result.errors;
};

describe('the date question type', () => {
  it('stores a posted day, month and year as YYYY-MM-DD', () => {
    const result = validateAnswers(nuisance, postedParts('7', '3', '2026'), ANSWER_DAY);
    expect(result.ok && result.answers.mostRecent).toBe('2026-03-07');
  });

  it('accepts a month written as a word, as people type it', () => {
    const result = validateAnswers(nuisance, postedParts('7', 'mar', '2026'), ANSWER_DAY);
    expect(result.ok && result.answers.mostRecent).toBe('2026-03-07');
  });

  it('accepts YYYY-MM-DD from a script or another client', () => {
    const result = validateAnswers(
      nuisance,
      { ...VALID_ANSWERS.nuisance, mostRecent: '2026-09-20' },
      ANSWER_DAY,
    );
    expect(result.ok && result.answers.mostRecent).toBe('2026-09-20');
  });

  it.each([
    [['', '', ''], 'Enter the date it last happened'],
    [['7', '', '2026'], 'The date it last happened must include a month'],
    [['', '3', ''], 'The date it last happened must include a day and year'],
    [['31', '2', '2026'], 'The date it last happened must be a real date'],
    [['7', '13', '2026'], 'The date it last happened must be a real date'],
    [['7', '3', '26'], 'The date it last happened must be a real date'],
    [['x', '3', '2026'], 'The date it last happened must be a real date'],
    [['1', '1', '2999'], 'The date it last happened must be today or in the past'],
  ])('gives the Design System message for %j', ([day, month, year], message) => {
    expect(errorsOf(postedParts(day ?? '', month ?? '', year ?? ''))).toEqual([
      { field: 'mostRecent', message },
    ]);
  });

  it('counts "today" where the service is, so today is never in the future', () => {
    expect(dateProblem(lastHappened, '2026-11-28', '2026-11-28')).toBeUndefined();
    expect(dateProblem(lastHappened, '2026-11-29', '2026-11-28')).toBe(
      'The date it last happened must be today or in the past',
    );
  });

  it('checks "in the future" against the day given, and with every other problem at once', () => {
    const withDate = { ...VALID_ANSWERS.nuisance, mostRecent: '2026-11-20' };
    expect(validateAnswers(nuisance, withDate, '2026-12-01').ok).toBe(true);
    expect(validateAnswers(nuisance, withDate, '2026-11-20').ok).toBe(true);
    expect(validateAnswers(nuisance, { ...withDate, name: ' ' }, '2026-11-19')).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'Enter your name' },
        { field: 'mostRecent', message: 'The date it last happened must be today or in the past' },
      ],
    });
  });

  it('leaves an optional date out when no box is filled', () => {
    const result = validateAnswers(
      feedback,
      {
        ...VALID_ANSWERS.feedback,
        'meetingWhen-day': ' ',
        'meetingWhen-month': '',
        'meetingWhen-year': '',
      },
      ANSWER_DAY,
    );
    expect(result.ok && 'meetingWhen' in result.answers).toBe(false);
  });

  it('is drawn as three labelled boxes in a fieldset, the day box carrying the question id', () => {
    const html = renderFormPage(nuisance, serviceConfig);
    expect(html).toMatch(/data-question="mostRecent" data-collect="parts" data-display="date"/);
    for (const [part, id] of [
      ['Day', 'mostRecent'],
      ['Month', 'mostRecent-month'],
      ['Year', 'mostRecent-year'],
    ]) {
      expect(html).toContain(
        `<label class="govuk-label govuk-date-input__label" for="${id}">${part}</label>`,
      );
    }
    expect(html).toContain('name="mostRecent-day"');
    expect(html).toContain('inputmode="numeric"');
  });

  it('shows what was posted again and marks only the missing box after a failed post', () => {
    const raw = postedParts('7', '', '2026');
    const errors = errorsOf(raw);
    const html = renderFormPage(nuisance, serviceConfig, { values: raw, errors });
    const box = (id: string) => html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
    expect(box('mostRecent')).toContain('value="7"');
    expect(box('mostRecent')).not.toContain('govuk-input--error');
    expect(box('mostRecent-month')).toContain('govuk-input--error');
    expect(box('mostRecent-year')).toContain('value="2026"');
    expect(html).toContain('The date it last happened must include a month');
  });

  it('publishes a JSON Schema date, saying it must be in the past', () => {
    const property = (publishedSchema(nuisance).properties as Record<string, Record<string, unknown>>)
      .mostRecent;
    expect(property).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(property?.description).toContain('today or in the past');
  });

  it('reads as a date in emails and tools, and shows older free-text answers as written', () => {
    expect(answerText(lastHappened, '2026-03-07')).toBe('7 March 2026');
    expect(answerText(lastHappened, 'last night')).toBe('last night');
    expect(answerText(lastHappened, undefined)).toBe('Not answered');
  });
});

describe('the question type registry', () => {
  it('has one module for every type a definition may name', () => {
    expect(Object.keys(QUESTION_TYPES).sort()).toEqual(
      ['checkboxes', 'date', 'email', 'file', 'radios', 'tel', 'text', 'textarea'].sort(),
    );
  });

  it('refuses a type it does not know, naming the question', () => {
    expect(() => questionType({ ...lastHappened, type: 'colour' as never })).toThrow(
      'Question mostRecent has an unknown type colour',
    );
  });
});
