import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukSuccessBanner } from '../../govuk/notification-banner.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { MyWorkCaseView, MyWorkView } from '../my-work-view.ts';
import { csrfField, staffDocument } from './staff-layout.ts';

export type { MyWorkView };

/** The `?done=` values the morning-email post redirects with, and what they say. */
const DONE: Readonly<Record<string, string>> = {
  'morning-email-on': 'You will get the morning email on working days',
  'morning-email-off': 'You will no longer get the morning email',
};

const tag = (text: string, colour: 'red' | 'yellow' | 'grey') =>
  html`<strong class="govuk-tag govuk-tag--${colour}">${text}</strong>`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One case as a summary list row: the reference (a link) as its key, the rest as short lines.
 * A summary list stacks on a narrow screen, so nothing scrolls sideways at 320 CSS px.
 */
const caseRow = (c: MyWorkCaseView, lead?: Html): Html => html`<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key"><a class="govuk-link" href="${STAFF_PATHS.submission(c.reference)}">${c.reference}</a></dt>
<dd class="govuk-summary-list__value">${lead ? html`<p class="govuk-body govuk-!-margin-bottom-1">${lead}</p>` : EMPTY}<p class="govuk-body govuk-!-margin-bottom-1">${c.what}</p>
<p class="govuk-body-s govuk-!-margin-bottom-0">${c.status} · received ${c.received} (${c.age} ago) · assigned to ${c.assigned}${c.urgent.map((u) => html` ${tag(u, 'red')}`)}${c.updates.map((u) => html` ${tag(u, u === 'Withdrawn' ? 'grey' : 'yellow')}`)}</p></dd>
</div>`;

const list = (rows: Html[]): Html => html`<dl class="govuk-summary-list app-my-work">
${rows.map((r) => html`${r}\n`)}</dl>`;

const followUpLead = (c: MyWorkCaseView): Html =>
  c.followUp
    ? html`Follow up by ${c.followUp.on} ${c.followUp.due === 'overdue' ? tag('Overdue', 'red') : tag('Due today', 'yellow')}`
    : EMPTY;

const followUps = (
  view: MyWorkView,
): Html => html`<h2 class="govuk-heading-m" id="follow-ups">Follow-ups due</h2>
${
  view.followUps.length === 0
    ? html`<p class="govuk-body">No follow-ups due today or overdue.</p>`
    : html`<p class="govuk-body">${plural(view.dueToday, 'due today', 'due today')}, ${plural(view.overdue, 'overdue', 'overdue')}: on cases assigned to you and on your teams’ cases nobody has yet.</p>
${list(view.followUps.map((c) => caseRow(c, followUpLead(c))))}`
}`;

const shownOf = (shown: number, count: number) =>
  count > shown
    ? html`<p class="govuk-body">The ${shown} oldest are shown. The inbox lists them all.</p>`
    : EMPTY;

const mine = (
  view: MyWorkView,
): Html => html`<h2 class="govuk-heading-m" id="mine">My open cases <span class="govuk-caption-m">${plural(view.mineCount, 'case', 'cases')}, oldest first</span></h2>
${view.mine.length === 0 ? html`<p class="govuk-body">No open cases are assigned to you.</p>` : html`${list(view.mine.map((c) => caseRow(c)))}${shownOf(view.mine.length, view.mineCount)}`}`;

const unassigned = (
  view: MyWorkView,
): Html => html`<h2 class="govuk-heading-m" id="unassigned">New in your teams, not yet assigned <span class="govuk-caption-m">${plural(view.unassignedCount, 'case', 'cases')}, oldest first</span></h2>
${view.unassigned.length === 0 ? html`<p class="govuk-body">Every open case in your teams is assigned to someone.</p>` : html`${list(view.unassigned.map((c) => caseRow(c)))}${shownOf(view.unassigned.length, view.unassignedCount)}`}`;

const morningEmail = (view: MyWorkView): Html => {
  const { on, to } = view.morningEmail;
  const what =
    'Each working-day morning: how many follow-ups are due and overdue (with their references), how many open cases you have, and how many in your teams are not yet assigned. Never names, answers or notes.';
  if (!on && !to)
    return html`<h2 class="govuk-heading-m" id="morning-email">Morning email</h2>
<p class="govuk-body">${what}</p>
<p class="govuk-body">Your account has no email address, so it cannot be sent to you.</p>`;
  return html`<h2 class="govuk-heading-m" id="morning-email">Morning email</h2>
<p class="govuk-body">${what}</p>
<p class="govuk-body">${on ? html`You get it at <strong>${to}</strong>.` : html`It would go to <strong>${to}</strong>.`}</p>
<form method="post" action="${STAFF_PATHS.myWork}" novalidate>
${csrfField(view.csrfToken)}
<input type="hidden" name="morningEmail" value="${on ? 'off' : 'on'}">
<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">${on ? 'Stop my morning email' : 'Send me a morning email'}</button>
</form>`;
};

const doneBanner = (done: string | null | undefined): Html => {
  // Object.hasOwn: ?done=__proto__ must not reach the object's prototype.
  const text = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return text ? govukSuccessBanner(text) : EMPTY;
};

/** My work: the first page after sign-in. References, steps and ages only; never an answer. */
export const myWorkPage = (view: MyWorkView): Html =>
  staffDocument(
    { ...view, title: 'My work' },
    html`${doneBanner(view.done)}<h1 class="govuk-heading-l">My work</h1>
${followUps(view)}
${mine(view)}
${unassigned(view)}
${morningEmail(view)}`,
  );
