import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { govukSuccessBanner } from '../../govuk/notification-banner.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { FollowUpDue, FollowUpView } from '../follow-up-view.ts';

export type { FollowUpView };

/** The `?done=` values a follow-up post redirects with, and what they say. */
export const FOLLOW_UP_DONE: Readonly<Record<string, string>> = {
  'follow-up-set': 'Follow-up saved',
  'follow-up-cleared': 'Follow-up cleared',
};

const DUE_TAG: Record<FollowUpDue, Html> = {
  overdue: html` <strong class="govuk-tag govuk-tag--red">Overdue</strong>`,
  today: html` <strong class="govuk-tag govuk-tag--yellow">Due today</strong>`,
  later: EMPTY,
};

const row = (key: string, value: Html | string): Html =>
  html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;

/** The case's follow-up, near its progress: when, what for, who set it, and the link to change it. */
export const followUpSection = (view: FollowUpView | undefined): Html => {
  if (!view) return EMPTY;
  const done = view.done && Object.hasOwn(FOLLOW_UP_DONE, view.done) ? FOLLOW_UP_DONE[view.done] : undefined;
  const { set } = view;
  return html`<h2 class="govuk-heading-m" id="follow-up">Follow-up</h2>
${done ? html`${govukSuccessBanner(done, 'follow-up-done')}\n` : EMPTY}${
  set
    ? html`<dl class="govuk-summary-list">
${row('Follow up by', html`${set.on}${DUE_TAG[set.due]}`)}
${row('What for', set.what)}
${row('Set by', set.byName)}
</dl>`
    : html`<p class="govuk-body">No follow-up date set.</p>`
}
<p class="govuk-body"><a class="govuk-link" href="${STAFF_PATHS.followUp(view.reference)}">${set ? 'Change or clear the follow-up' : 'Set a follow-up date'}</a></p>`;
};
