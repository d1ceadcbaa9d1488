import { describe, expect, it } from 'vitest';
import { errorMessageHtml, errorSummaryHtml } from '../../../functions/pages/error-summary.ts';
import { HOSTILE_FRAGMENTS, parse } from './dom.ts';

const hostile = HOSTILE_FRAGMENTS.join(' ');

describe('errorSummaryHtml', () => {
  const $ = parse(
    errorSummaryHtml(
      [
        { field: '', message: hostile },
        { field: 'name', message: 'Enter your name' },
        { field: 'email', message: hostile },
      ],
      'There is a problem',
    ),
  );

  it('is headed by its title, links each question’s problem to it, and says the rest in words', () => {
    expect($('.govuk-error-summary h2').text().trim()).toBe('There is a problem');
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => [[a.attribs.href, $(a).text()]])
        .get(),
    ).toEqual([
      ['#name', 'Enter your name'],
      ['#email', hostile],
    ]);
    expect($('.govuk-error-summary__body > p').text()).toBe(hostile);
  });

  it('shows hostile messages only as text', () => {
    expect($('script, img, svg, b, i, [onerror], [onfocus], [onload]')).toHaveLength(0);
  });
});

describe('errorMessageHtml', () => {
  it('has the question’s error id and reads its hidden prefix first', () => {
    const $ = parse(errorMessageHtml('name', hostile, 'Gwall'));
    expect($('p#name-error .govuk-visually-hidden').text()).toBe('Gwall:');
    expect($('p#name-error').text()).toBe(`Gwall: ${hostile}`);
    expect($('script, img, b')).toHaveLength(0);
  });
});
