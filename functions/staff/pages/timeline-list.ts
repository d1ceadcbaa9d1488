import { EMPTY, type Html, html } from '../../html/html.ts';
import type { TimelineRowView } from '../timeline-view.ts';

const status = (e: TimelineRowView): Html => {
  const tags = [
    e.correctedBy
      ? html`<strong class="govuk-tag govuk-tag--grey">Corrected</strong> <span class="govuk-body-s">Replaced by: ${e.correctedBy}</span>`
      : EMPTY,
    e.corrects
      ? html`<strong class="govuk-tag govuk-tag--yellow">Correction</strong> <span class="govuk-body-s">Corrects: ${e.corrects}</span>`
      : EMPTY,
  ];
  return e.correctedBy || e.corrects
    ? html`<p class="govuk-body-s app-timeline__status">${tags}</p>\n`
    : EMPTY;
};

/** "Correct" as one unbroken word, its hidden rest naming the entry for screen reader users. */
const correctLink = (e: TimelineRowView): Html =>
  e.correctHref
    ? html`<p class="govuk-body-s app-timeline__action"><a class="govuk-link app-nowrap" href="${e.correctHref}">Correct<span class="govuk-visually-hidden"> ${e.what}, ${e.when}</span></a></p>\n`
    : EMPTY;

const item = (e: TimelineRowView): Html =>
  html`<li class="app-timeline__item${e.correctedBy ? ' app-timeline__item--corrected' : ''}" data-kind="${e.kind}">
<h4 class="govuk-heading-s app-timeline__title">${e.href ? html`<a class="govuk-link" href="${e.href}">${e.what}</a>` : e.what}</h4>
<p class="govuk-body-s app-timeline__byline">${e.when}, by ${e.byName}</p>
${status(e)}${e.text ? html`<p class="govuk-body app-pre-line app-timeline__text">${e.text}</p>\n` : EMPTY}${correctLink(e)}</li>`;

/**
 * A case's timeline as a list (the Ministry of Justice design system's timeline pattern): each
 * entry says what, when, by whom, whether it was corrected, and links to correct it. A list, not
 * a table, so a phone's 320 px never scrolls sideways.
 */
export const timelineList = (rows: readonly TimelineRowView[]): Html =>
  rows.length === 0
    ? html`<p class="govuk-body">Nothing recorded yet.</p>`
    : html`<ol class="app-timeline" aria-labelledby="timeline">
${rows.map((e) => html`${item(e)}\n`)}</ol>`;
