import { describe, expect, it } from 'vitest';
import { type CaseReviewFigures, reportingYear } from '../../../functions/case-review/figures.ts';
import { renderFiguresNotFound, renderFiguresPage } from '../../../functions/case-review/figures-page.ts';
import type { PublishedYear } from '../../../functions/case-review/published-figures.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { figuresRequest } from '../../../functions/handlers/case-review-figures-app.ts';
import { expectSoundPage, parse } from './dom.ts';

const row = (startYear: number, counts: number[], startMonth = 4): CaseReviewFigures => ({
  year: reportingYear(startYear, startMonth),
  applications: counts[0] ?? 0,
  thresholdNotMet: counts[1] ?? 0,
  reviewsHeld: counts[2] ?? 0,
  reviewsWithRecommendations: counts[3] ?? 0,
  erased: 0,
});

const YEARS: PublishedYear[] = [
  { startYear: 2026, rows: [row(2026, [7, 2, 4, 3])] },
  { startYear: 2025, rows: [row(2025, [11, 5, 6, 1])] },
];

const page = (language: 'en' | 'cy', config = serviceConfig, years = YEARS) =>
  parse(renderFiguresPage({ config, language, years, today: '2026-12-07' }));

/** Each table as its caption and its rows' [header, number]. */
const tables = ($: ReturnType<typeof parse>) =>
  $('table')
    .toArray()
    .map((table) => ({
      caption: $(table).find('caption').text().trim(),
      rows: $(table)
        .find('tbody tr')
        .toArray()
        .map((tr) => [$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]),
    }));

describe('the published Case Review figures page', () => {
  it('shows the four counts in a table per year, newest first, each with its CSV', () => {
    const $ = page('en');
    expectSoundPage($);
    expect($('h1').text()).toBe('ASB Case Review figures');
    expect(
      $('main h2')
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(['April 2026 to March 2027', 'April 2025 to March 2026']);
    expect(tables($)).toEqual([
      {
        caption: 'Figures for April 2026 to March 2027',
        rows: [
          ['Applications', '7'],
          ['Threshold not met', '2'],
          ['Reviews held', '4'],
          ['Reviews with recommendations', '3'],
        ],
      },
      {
        caption: 'Figures for April 2025 to March 2026',
        rows: [
          ['Applications', '11'],
          ['Threshold not met', '5'],
          ['Reviews held', '6'],
          ['Reviews with recommendations', '1'],
        ],
      },
    ]);
    expect($('th[scope="col"]')).toHaveLength(4);
    expect(
      $('a[href$=".csv"]')
        .toArray()
        .map((a) => a.attribs.href),
    ).toEqual(['/case-review/figures/2026.csv', '/case-review/figures/2025.csv']);
    // What each count means, in plain words, and the way to apply.
    expect($('main li').text()).toContain('the applications that did not meet the threshold for a review');
    expect($('a[href="/case-review/"]').text()).toBe('Apply for an ASB Case Review');
  });

  it('says the year not over yet will grow, and not the one that is', () => {
    const $ = page('en');
    const notes = $('section')
      .toArray()
      .map((s) => $(s).find('.govuk-hint').text());
    expect(notes).toEqual(['This year is not over: its figures will grow.', '']);
  });

  it('in Welsh: the words, the months and the links under /cy/', () => {
    const $ = page('cy');
    expectSoundPage($);
    expect($('html').attr('lang')).toBe('cy');
    expect($('h1').text()).toBe('Ffigurau’r Adolygiad Achos YGG');
    expect($('main h2').first().text()).toBe('Ebrill 2026 i Mawrth 2027');
    expect(tables($)[0]?.rows[0]).toEqual(['Ceisiadau', '7']);
    expect($('a[href="/cy/case-review/figures/2026.csv"]')).toHaveLength(1);
    expect($('a[href="/cy/case-review/"]')).toHaveLength(1);
  });

  it("gives the partnership's own year beside April to March when it has one", () => {
    const config = { ...serviceConfig, caseReview: { ...serviceConfig.caseReview, yearStartsInMonth: 1 } };
    const $ = page('en', config, [{ startYear: 2026, rows: [row(2026, [1]), row(2026, [2], 1)] }]);
    expect($('main').text()).toContain('our own reporting year, starting in January.');
    expect(tables($).map((t) => t.caption)).toEqual([
      'Figures for April 2026 to March 2027',
      'Figures for January 2026 to December 2026',
    ]);
  });
});

describe('the figures addresses', () => {
  it('are the page and a CSV per year, in each language offered', () => {
    expect(figuresRequest('/case-review/figures/', ['en', 'cy'])).toEqual({ kind: 'page', language: 'en' });
    expect(figuresRequest('/cy/case-review/figures/', ['en', 'cy'])).toEqual({
      kind: 'page',
      language: 'cy',
    });
    expect(figuresRequest('/case-review/figures/2025.csv', ['en'])).toEqual({
      kind: 'csv',
      language: 'en',
      startYear: 2025,
    });
    for (const path of [
      '/cy/case-review/figures/',
      '/case-review/figures/x.csv',
      '/case-review/figures/2025',
    ]) {
      expect(figuresRequest(path, ['en']), path).toBeUndefined();
    }
  });
});

describe('an address under the figures that is no year', () => {
  it('is a page in its language, leading back to the figures', () => {
    for (const language of ['en', 'cy'] as const) {
      const $ = parse(renderFiguresNotFound(serviceConfig, language));
      expect($('html').attr('lang')).toBe(language);
      expect($('h1')).toHaveLength(1);
      expect($(`main a[href="${language === 'en' ? '' : '/cy'}/case-review/figures/"]`)).toHaveLength(1);
    }
  });
});
