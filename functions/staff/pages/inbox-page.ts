import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { FORMS } from '../../forms/registry.ts';
import { sentence } from '../../forms/words.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import { allStatuses } from '../../progress/waiting.ts';
import { WAITING } from '../inbox-filters.ts';
import type { InboxRowView, InboxView } from '../inbox-view.ts';
import { staffDocument } from './staff-layout.ts';

export type { InboxView };

const select = (id: string, label: string, value: string, options: [string, string][]) =>
  `<div class="govuk-form-group app-filter">
<label class="govuk-label" for="${id}">${label}</label>
<select class="govuk-select" id="${id}" name="${id}">
${options.map(([v, text]) => `<option${attributes({ value: v, selected: v === value })}>${escapeHtml(text)}</option>`).join('\n')}
</select>
</div>`;

const filterForm = ({ config, member, members, filters }: InboxView) => {
  const teams: [string, string][] = member.teams.map((t) => [t, config.teams[t]?.name ?? t]);
  return `<form method="get" action="${STAFF_PATHS.inbox}" class="app-filters">
<div class="app-filters__row">
${select('form', 'Form', filters.formId ?? '', [['', 'All forms'], ...FORMS.map((f): [string, string] => [f.id, sentence(f.noun)])])}
${teams.length > 1 ? select('team', 'Team', filters.team ?? '', [['', 'All my teams'], ...teams]) : ''}
${select('status', 'Opened', filters.status ?? '', [
  ['', 'Opened or not'],
  ['new', 'New (not opened yet)'],
  ['opened', 'Opened'],
])}
${select('progress', 'Progress', filters.progress ?? '', [
  ['', 'Any progress'],
  [WAITING, 'Waiting for first contact'],
  ...allStatuses(),
])}
${select('assignee', 'Assigned to', filters.assignee ?? '', [
  ['', 'Anyone or nobody'],
  ['me', 'Me'],
  ['none', 'Nobody yet'],
  ...members.filter((m) => m.sub !== member.sub).map((m): [string, string] => [m.sub, m.name]),
])}
${select('order', 'Order', filters.order, [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest waiting first'],
])}
</div>
<div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="urgent" name="urgent" type="checkbox" value="yes"${filters.urgentOnly ? ' checked' : ''}>
<label class="govuk-label govuk-checkboxes__label" for="urgent">Only those with an urgent marker</label>
</div>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>`;
};

const urgentTags = (urgent: readonly string[]) =>
  urgent.length === 0
    ? ''
    : urgent.map((u) => `<strong class="govuk-tag govuk-tag--red">${escapeHtml(u)}</strong>`).join(' ');

const row = (r: InboxRowView) => `<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="${STAFF_PATHS.submission(r.reference)}">${escapeHtml(r.reference)}</a></th>
<td class="govuk-table__cell">${escapeHtml(r.received)}</td>
<td class="govuk-table__cell">${escapeHtml(r.form)}</td>
<td class="govuk-table__cell">${escapeHtml(r.team)}</td>
<td class="govuk-table__cell">${urgentTags(r.urgent)}</td>
<td class="govuk-table__cell">${r.opened ? 'Opened' : '<strong class="govuk-tag">New</strong>'}</td>
<td class="govuk-table__cell">${escapeHtml(r.progress)}</td>
<td class="govuk-table__cell">${escapeHtml(r.assignee)}</td>
<td class="govuk-table__cell">${escapeHtml(r.waiting)}${r.pastTarget ? ' <strong class="govuk-tag govuk-tag--red">Past target</strong>' : ''}</td>
</tr>`;

/** The inbox: what came in for my teams, filtered, one page at a time; never an answer. */
export const inboxPage = (view: InboxView): string => {
  const { rows } = view;
  const table =
    rows.length === 0
      ? '<p class="govuk-body">Nothing matches. Try other filters.</p>'
      : `<table class="govuk-table govuk-table--small-text-until-tablet app-inbox">
<caption class="govuk-table__caption govuk-table__caption--m">Submissions</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Reference</th>
<th scope="col" class="govuk-table__header">Received</th>
<th scope="col" class="govuk-table__header">Form</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Urgent</th>
<th scope="col" class="govuk-table__header">Opened</th>
<th scope="col" class="govuk-table__header">Progress</th>
<th scope="col" class="govuk-table__header">Assigned to</th>
<th scope="col" class="govuk-table__header">${escapeHtml(view.waitingHeading)}</th>
</tr></thead>
<tbody class="govuk-table__body">
${rows.map(row).join('\n')}
</tbody>
</table>`;
  const paging = view.nextPage
    ? `<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages"><div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${escapeHtml(`${STAFF_PATHS.inbox}?${view.nextPage}`)}" rel="next"><span class="govuk-pagination__link-title">Next page</span></a></div></nav>`
    : '';
  return staffDocument(
    {
      config: view.config,
      title: 'Inbox',
      member: view.member,
      csrfToken: view.csrfToken,
      links: view.links,
    },
    `<h1 class="govuk-heading-l">Inbox</h1>
<p class="govuk-body">What has been sent to ${view.member.admin ? 'every team (you are an administrator)' : 'your team'}. Answers are shown only when you open one; each opening is recorded.</p>
${filterForm(view)}
${table}
${paging}`,
  );
};
