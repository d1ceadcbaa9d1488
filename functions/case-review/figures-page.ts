import type { ServiceConfig } from '../config/schema.ts';
import { CASE_REVIEW_FIGURES_PATHS, PATHS } from '../contract/service-contract.ts';
import { caseReview } from '../forms/case-review.ts';
import { type Html, html } from '../html/html.ts';
import { type Language, localisedPath } from '../i18n/languages.ts';
import { localiseConfig } from '../i18n/localise-config.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { publicFrame } from '../pages/frame-words.ts';
import { renderDocument } from '../pages/layout.ts';
import { link } from '../pages/rich-text.ts';
import type { CaseReviewFigures, ReportingYear } from './figures.ts';
import { dayIn } from './letters.ts';
import type { PublishedYear } from './published-figures.ts';

/** The four statutory counts, in the order the Act lists them, each with the words saying what it counts. */
const COUNTS: readonly [keyof CaseReviewFigures, UiKey, UiKey][] = [
  ['applications', 'caseReviewFigures.applications', 'caseReviewFigures.applications.meaning'],
  ['thresholdNotMet', 'caseReviewFigures.thresholdNotMet', 'caseReviewFigures.thresholdNotMet.meaning'],
  ['reviewsHeld', 'caseReviewFigures.reviewsHeld', 'caseReviewFigures.reviewsHeld.meaning'],
  [
    'reviewsWithRecommendations',
    'caseReviewFigures.recommendations',
    'caseReviewFigures.recommendations.meaning',
  ],
];

/** "April 2026", "Ebrill 2026": a London day's month and year in the page's language. */
const monthOf = (language: Language, day: string): string => dayIn(language, day).replace(/^\d+ /, '');

/** "April 2026 to March 2027", "Ebrill 2026 i Mawrth 2027". */
export const yearLabel = (language: Language, year: ReportingYear): string =>
  t(language, 'caseReviewFigures.yearRange', {
    from: monthOf(language, year.from),
    to: monthOf(language, year.to),
  });

const figuresTable = (language: Language, row: CaseReviewFigures, today: string): Html => {
  const label = yearLabel(language, row.year);
  return html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">${t(language, 'caseReviewFigures.caption', { year: label })}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">${t(language, 'caseReviewFigures.countHeader')}</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">${t(language, 'caseReviewFigures.numberHeader')}</th>
  </tr></thead>
  <tbody class="govuk-table__body">${COUNTS.map(
    ([field, name]) => html`
    <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${t(language, name)}</th><td class="govuk-table__cell govuk-table__cell--numeric">${row[field] as number}</td></tr>`,
  )}
  </tbody>
</table>
${today <= row.year.to ? html`<p class="govuk-body govuk-hint">${t(language, 'caseReviewFigures.soFar')}</p>` : ''}`;
};

const yearSection = (language: Language, year: PublishedYear, today: string): Html => {
  const first = year.rows[0] as CaseReviewFigures;
  const label = yearLabel(language, first.year);
  return html`<section aria-labelledby="year-${year.startYear}">
<h2 class="govuk-heading-l" id="year-${year.startYear}">${label}</h2>
${year.rows.map((row) => figuresTable(language, row, today))}
<p class="govuk-body">${link(CASE_REVIEW_FIGURES_PATHS.csv(year.startYear, language), t(language, 'caseReviewFigures.csv', { year: label }))}</p>
</section>`;
};

export interface FiguresPageOptions {
  config: ServiceConfig;
  language: Language;
  years: readonly PublishedYear[];
  /** Today, a London day: a year not over yet says its figures will grow. */
  today: string;
}

/**
 * The public page of the ASB Case Review figures: what each count means, then a table per year,
 * newest first, each with its CSV. Counts only: nothing from any case reaches it.
 */
export const renderFiguresPage = ({ config, language, years, today }: FiguresPageOptions): string => {
  const localised = localiseConfig(config, language);
  const title = t(language, 'caseReviewFigures.title');
  const own = config.caseReview.yearStartsInMonth;
  return renderDocument(
    {
      ...publicFrame(localised, language),
      title,
      alternates: Object.fromEntries(
        config.languages.map((lang) => [lang, CASE_REVIEW_FIGURES_PATHS.page(lang)]),
      ),
    },
    html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-xl">${title}</h1>
<p class="govuk-body">${t(language, 'caseReviewFigures.intro')}</p>
<p class="govuk-body">${t(language, 'caseReviewFigures.countsIntro')}</p>
<ul class="govuk-list govuk-list--bullet">${COUNTS.map(
      ([, name, meaning]) => html`<li><strong>${t(language, name)}</strong>: ${t(language, meaning)}</li>`,
    )}</ul>
${own && own !== 4 ? html`<p class="govuk-body">${t(language, 'caseReviewFigures.ownYear', { month: monthOf(language, `2000-${String(own).padStart(2, '0')}-01`).replace(/ \d+$/, '') })}</p>` : ''}
<p class="govuk-body">${t(language, 'caseReviewFigures.anonymous')}</p>
<p class="govuk-body">${link(localisedPath(PATHS.form(caseReview.id), language), t(language, 'caseReviewFigures.apply'))}</p>
${years.map((year) => yearSection(language, year, today))}
</div></div>`,
  );
};

/** Not found, in the address's language: a year not begun, or an address that is no year's. */
export const renderFiguresNotFound = (config: ServiceConfig, language: Language): string => {
  const title = t(language, 'caseReviewFigures.notFound.title');
  return renderDocument(
    { ...publicFrame(localiseConfig(config, language), language), title },
    html`<h1 class="govuk-heading-l">${title}</h1>
<p class="govuk-body">${t(language, 'caseReviewFigures.notFound')}</p>
<p class="govuk-body">${link(CASE_REVIEW_FIGURES_PATHS.page(language), t(language, 'caseReviewFigures.title'))}</p>`,
  );
};
