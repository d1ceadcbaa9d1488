import { teamName } from '../../config/team-name.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { FORMS } from '../../forms/registry.ts';
import { sentence } from '../../forms/words.ts';
import { govukSelect, type SelectItem } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import { allStatuses } from '../../progress/waiting.ts';
import { WAITING } from '../inbox-filters.ts';
import type { InboxRowView, InboxView } from '../inbox-view.ts';
import { staffDocument } from './staff-layout.ts';

export type { InboxView };

const items = (options: readonly (readonly [string, string])[]): SelectItem[] =>
  options.map(([value, text]) => ({ value, text }));

const filter = (id: string, label: string, value: string, options: readonly (readonly [string, string])[]) =>
  govukSelect({
    id,
    name: id,
    label: { text: label },
    value,
    items: items(options),
    formGroup: { classes: 'app-filter' },
  });

const filterForm = ({ config, member, members, filters }: InboxView): Html => {
  const teams = member.teams.map((t) => [t, teamName(config, t)] as const);
  return html`<form method="get" action="${STAFF_PATHS.inbox}" class="app-filters">
<div class="app-filters__row">
${filter('form', 'Form', filters.formId ?? '', [['', 'All forms'], ...FORMS.map((f) => [f.id, sentence(f.noun)] as const)])}
${teams.length > 1 ? filter('team', 'Team', filters.team ?? '', [['', 'All my teams'], ...teams]) : EMPTY}
${filter('status', 'Opened', filters.status ?? '', [
  ['', 'Opened or not'],
  ['new', 'New (not opened yet)'],
  ['opened', 'Opened'],
])}
${filter('progress', 'Progress', filters.progress ?? '', [
  ['', 'Any progress'],
  [WAITING, 'Waiting for first contact'],
  ...allStatuses(),
])}
${filter('assignee', 'Assigned to', filters.assignee ?? '', [
  ['', 'Anyone or nobody'],
  ['me', 'Me'],
  ['none', 'Nobody yet'],
  ...members.filter((m) => m.sub !== member.sub).map((m) => [m.sub, m.name] as const),
])}
${filter('order', 'Order', filters.order, [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest waiting first'],
])}
</div>
<div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
<div class="govuk-checkboxes__item">
<input${attributes({ class: 'govuk-checkboxes__input', id: 'urgent', name: 'urgent', type: 'checkbox', value: 'yes', checked: filters.urgentOnly })}>
<label class="govuk-label govuk-checkboxes__label" for="urgent">Only those with an urgent marker</label>
</div>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>`;
};

const tag = (text: string, colour?: 'red') =>
  html`<strong class="govuk-tag${colour ? ` govuk-tag--${colour}` : ''}">${text}</strong>`;

const row = (r: InboxRowView): Html => html`<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="${STAFF_PATHS.submission(r.reference)}">${r.reference}</a></th>
<td class="govuk-table__cell">${r.received}</td>
<td class="govuk-table__cell">${r.form}</td>
<td class="govuk-table__cell">${r.team}</td>
<td class="govuk-table__cell">${r.urgent.map((u, i) => html`${i > 0 ? ' ' : ''}${tag(u, 'red')}`)}</td>
<td class="govuk-table__cell">${r.opened ? 'Opened' : tag('New')}</td>
<td class="govuk-table__cell">${r.progress}</td>
<td class="govuk-table__cell">${r.assignee}</td>
<td class="govuk-table__cell">${r.waiting}${r.pastTarget ? html` ${tag('Past target', 'red')}` : EMPTY}</td>
</tr>`;

const table = (view: InboxView): Html =>
  view.rows.length === 0
    ? html`<p class="govuk-body">Nothing matches. Try other filters.</p>`
    : html`<table class="govuk-table govuk-table--small-text-until-tablet app-inbox">
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
<th scope="col" class="govuk-table__header">${view.waitingHeading}</th>
</tr></thead>
<tbody class="govuk-table__body">
${view.rows.map((r) => html`${row(r)}\n`)}</tbody>
</table>`;

/** The inbox: what came in for my teams, filtered, one page at a time; never an answer. */
export const inboxPage = (view: InboxView): Html => {
  const paging = view.nextPage
    ? html`<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages"><div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${`${STAFF_PATHS.inbox}?${view.nextPage}`}" rel="next"><span class="govuk-pagination__link-title">Next page</span></a></div></nav>`
    : EMPTY;
  return staffDocument(
    { ...view, title: 'Inbox' },
    html`<h1 class="govuk-heading-l">Inbox</h1>
<p class="govuk-body">What has been sent to ${view.member.admin ? 'every team (you are an administrator)' : 'your team'}. Answers are shown only when you open one; each opening is recorded.</p>
${filterForm(view)}
${table(view)}
${paging}`,
  );
};
