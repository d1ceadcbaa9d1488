import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { FORMS, findForm } from '../../forms/registry.ts';
import { sentence } from '../../forms/words.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import { statusLabel } from '../../progress/describe.ts';
import { isPastTarget } from '../../progress/targets.ts';
import { allStatuses } from '../../progress/waiting.ts';
import type { InboxRow } from '../../storage/inbox-query.ts';
import type { StaffMember, TeamMember } from '../../storage/staff-store.ts';
import { londonDay } from '../../time/london.ts';
import { ageText, timeText } from '../../time/times.ts';
import { workingDaysBetween } from '../../time/working-days.ts';
import { type InboxFilters, WAITING } from '../inbox-filters.ts';
import { staffDocument } from './staff-layout.ts';

export interface InboxView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  filters: InboxFilters;
  /** The members of my teams who have signed in (assignee filter and column). */
  members: TeamMember[];
  rows: (InboxRow & { opened: boolean })[];
  /** The query string of the next page, if there is one. */
  nextPage?: string;
  now: Date;
}

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

const urgentTags = (urgent: string[]) =>
  urgent.length === 0
    ? ''
    : urgent.map((u) => `<strong class="govuk-tag govuk-tag--red">${escapeHtml(u)}</strong>`).join(' ');

const assigneeText = ({ member, members }: InboxView, sub: string | undefined) =>
  !sub
    ? ''
    : sub === member.sub
      ? 'You'
      : (members.find((m) => m.sub === sub)?.name ?? 'Someone no longer listed');

/** How long it has waited; for "waiting for first contact", in working days, as the targets count. */
const waitingText = (view: InboxView, createdAt: string) => {
  if (view.filters.progress !== WAITING) return ageText(createdAt, view.now);
  const days = workingDaysBetween(
    londonDay(new Date(createdAt)),
    londonDay(view.now),
    view.config.workingDays,
  );
  return `${days} working ${days === 1 ? 'day' : 'days'}`;
};

/** Past its first-contact target with no first contact: highlighted, as the daily email lists it. */
const pastTarget = (view: InboxView, r: InboxView['rows'][number]): boolean => {
  const form = findForm(r.formId);
  return form !== undefined && isPastTarget(r, form, view.config, londonDay(view.now));
};

const row = (view: InboxView, r: InboxView['rows'][number]) => {
  const form = findForm(r.formId);
  return `<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="${STAFF_PATHS.submission(r.reference)}">${escapeHtml(r.reference)}</a></th>
<td class="govuk-table__cell">${escapeHtml(timeText(r.createdAt))}</td>
<td class="govuk-table__cell">${escapeHtml(form ? sentence(form.noun) : r.formId)}</td>
<td class="govuk-table__cell">${escapeHtml(view.config.teams[r.team]?.name ?? r.team)}</td>
<td class="govuk-table__cell">${urgentTags(r.urgent)}</td>
<td class="govuk-table__cell">${r.opened ? 'Opened' : '<strong class="govuk-tag">New</strong>'}</td>
<td class="govuk-table__cell">${escapeHtml(statusLabel(form, r.status))}</td>
<td class="govuk-table__cell">${escapeHtml(assigneeText(view, r.assignee))}</td>
<td class="govuk-table__cell">${escapeHtml(waitingText(view, r.createdAt))}${pastTarget(view, r) ? ' <strong class="govuk-tag govuk-tag--red">Past target</strong>' : ''}</td>
</tr>`;
};

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
<th scope="col" class="govuk-table__header">${view.filters.progress === WAITING ? 'Waiting for first contact' : 'Waiting'}</th>
</tr></thead>
<tbody class="govuk-table__body">
${rows.map((r) => row(view, r)).join('\n')}
</tbody>
</table>`;
  const paging = view.nextPage
    ? `<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages"><div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${escapeHtml(`${STAFF_PATHS.inbox}?${view.nextPage}`)}" rel="next"><span class="govuk-pagination__link-title">Next page</span></a></div></nav>`
    : '';
  return staffDocument(
    { config: view.config, title: 'Inbox', member: view.member, csrfToken: view.csrfToken, current: 'inbox' },
    `<h1 class="govuk-heading-l">Inbox</h1>
<p class="govuk-body">What has been sent to ${view.member.admin ? 'every team (you are an administrator)' : 'your team'}. Answers are shown only when you open one; each opening is recorded.</p>
${filterForm(view)}
${table}
${paging}`,
  );
};
