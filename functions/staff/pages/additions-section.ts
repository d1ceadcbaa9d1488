import { EMPTY, type Html, html } from '../../html/html.ts';
import type { AdditionRowView, AdditionView } from '../additions-view.ts';

/**
 * At the very top of a case the person withdrew from (govukNotificationBanner, the important kind):
 * taking part is voluntary, so nobody should go on arranging anything without seeing it first.
 */
export const withdrawalBanner = (on: string | undefined): Html =>
  on
    ? html`<div class="govuk-notification-banner" role="region" aria-labelledby="withdrawn-title" data-module="govuk-notification-banner">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="withdrawn-title">Important</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">They withdrew on ${on}: they no longer want to take part.</p>
<p class="govuk-body"><a class="govuk-notification-banner__link" href="#added-since">See what they said</a></p></div>
</div>
`
    : EMPTY;

const row = (
  r: AdditionRowView,
): Html => html`<div class="govuk-summary-list__row${r.changed ? ' app-changed' : ''}">
<dt class="govuk-summary-list__key">${r.question}</dt>
<dd class="govuk-summary-list__value">${r.changed ? html`<strong class="govuk-tag govuk-tag--yellow">Changed</strong><br>` : EMPTY}<span class="app-pre-line">${r.answer}</span>${r.was !== undefined ? html`<br><span class="govuk-hint">Was: <span class="app-pre-line">${r.was}</span></span>` : EMPTY}</dd>
</div>`;

const addition = (
  a: AdditionView,
  latest: boolean,
): Html => html`<h3 class="govuk-heading-s" id="addition-${a.id}">${a.what}, ${a.when}${latest ? html` <strong class="govuk-tag">Latest</strong>` : EMPTY}</h3>
${a.urgent.length > 0 ? html`<p class="govuk-body">${a.urgent.map((u, i) => html`${i > 0 ? ' ' : ''}<strong class="govuk-tag govuk-tag--red">${u}</strong>`)}</p>\n` : EMPTY}${a.language ? html`<p class="govuk-body">Written in ${a.language}.</p>\n` : EMPTY}${
  a.rows.length > 0
    ? html`<dl class="govuk-summary-list govuk-!-margin-bottom-4">
${a.rows.map((r) => html`${row(r)}\n`)}</dl>
`
    : html`<p class="govuk-body">Nothing else was written.</p>\n`
}`;

/**
 * What the person added after sending, oldest first, as part of the submission: each addition
 * under its own heading with its time, urgent markers and answers, and, for a contact change,
 * what changed and what it was.
 */
export const additionsSection = (additions: readonly AdditionView[]): Html =>
  additions.length === 0
    ? EMPTY
    : html`<h2 class="govuk-heading-m" id="added-since">Added since they sent it</h2>
<p class="govuk-body">What the person added after sending, oldest first. It was written by a member of the public.</p>
${additions.map((a, i) => addition(a, i === additions.length - 1 && additions.length > 1))}`;
