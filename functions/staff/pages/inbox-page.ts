import { teamName } from '../../config/team-name.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { FORMS } from '../../forms/registry.ts';
import { sentence } from '../../forms/words.ts';
import { govukSuccessBanner } from '../../govuk/notification-banner.ts';
import { govukSelect, type SelectItem } from '../../govuk/select.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import { RECEIVED } from '../../progress/types.ts';
import { allStatuses } from '../../progress/waiting.ts';
import { WAITING } from '../inbox-filters.ts';
import type { InboxRowView, InboxView } from '../inbox-view.ts';
import { errorSummary } from './page-errors.ts';
import { searchBox } from './search-box.ts';
import { csrfField, staffDocument } from './staff-layout.ts';

export type { InboxView };

/** The bulk assign form's field names and its select's id (the error summary links to them). */
export const BULK_FIELDS = { references: 'reference', assignee: 'assign-to', back: 'back' } as const;

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
  const steps = allStatuses().filter(([id]) => id !== RECEIVED);
  return html`<form method="get" action="${STAFF_PATHS.inbox}" class="app-filters">
<div class="app-filters__row">
${filter('form', 'Form', filters.formId ?? '', [['', 'All forms'], ...FORMS.map((f) => [f.id, sentence(f.noun)] as const)])}
${teams.length > 1 ? filter('team', 'Team', filters.team ?? '', [['', 'All my teams'], ...teams]) : EMPTY}
${filter('status', 'Opened', filters.status ?? '', [
  ['', 'Opened or not'],
  ['new', 'New (not opened yet)'],
  ['opened', 'Opened'],
])}
${filter('reached', 'Reached', filters.reached ?? '', [['', 'Any step'], ...steps])}
${filter('progress', 'Now at', filters.progress ?? '', [
  ['', 'Any step'],
  [WAITING, 'Waiting (not yet contacted or read)'],
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
<label class="govuk-label govuk-checkboxes__label" for="urgent">Only urgent ones (act today)</label>
</div>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>`;
};

const tag = (text: string, colour?: 'red' | 'grey' | 'blue') =>
  html`<strong class="govuk-tag${colour ? ` govuk-tag--${colour}` : ''}">${text}</strong>`;

/** A cell's heading, read before its value where the table becomes a list (narrow screens). */
const cell = (label: string, content: Html | string, extra = ''): Html =>
  html`<td class="govuk-table__cell${extra}"><span class="app-inbox__label">${label}: </span>${content}</td>`;

const select = (reference: string): Html => html`<div class="govuk-checkboxes govuk-checkboxes--small">
<div class="govuk-checkboxes__item">
<input${attributes({ class: 'govuk-checkboxes__input', id: `select-${reference}`, name: BULK_FIELDS.references, type: 'checkbox', value: reference })}>
<label class="govuk-label govuk-checkboxes__label" for="select-${reference}"><span class="govuk-visually-hidden">Select ${reference}</span></label>
</div>
</div>`;

const flags = (r: InboxRowView): Html =>
  html`${r.urgent.map((u) => html`${tag(`Urgent: ${u}`, 'red')} `)}${r.markers.map((m) => html`${tag(m, 'blue')} `)}`;

const row = (r: InboxRowView): Html => html`<tr class="govuk-table__row">
<td class="govuk-table__cell app-inbox__select">${select(r.reference)}</td>
<th scope="row" class="govuk-table__header app-inbox__reference"><a class="govuk-link" href="${STAFF_PATHS.submission(r.reference)}">${r.reference}</a></th>
${cell('Received', r.received)}
${cell('Form', r.form)}
${cell('Team', r.team)}
${cell('Urgent and markers', r.urgent.length + r.markers.length > 0 ? flags(r) : 'None')}
${cell('Language', r.language)}
${cell('Opened', r.opened ? 'Opened' : tag('New'))}
${cell('Progress', html`${r.progress}${(r.updates ?? []).map((u) => html` ${tag(u, u === 'Withdrawn' ? 'grey' : undefined)}`)}`)}
${cell('Assigned to', r.assignee || 'Nobody')}
${cell(r.waitingWords, html`${r.waiting}${r.pastTarget ? html` ${tag('Past target', 'red')}` : EMPTY}`)}
</tr>`;

const table = (
  view: InboxView,
): Html => html`<table class="govuk-table govuk-table--small-text-until-tablet app-inbox">
<caption class="govuk-table__caption govuk-table__caption--m">Cases</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Select</span></th>
<th scope="col" class="govuk-table__header">Reference</th>
<th scope="col" class="govuk-table__header">Received</th>
<th scope="col" class="govuk-table__header">Form</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Urgent and markers</th>
<th scope="col" class="govuk-table__header">Language</th>
<th scope="col" class="govuk-table__header">Opened</th>
<th scope="col" class="govuk-table__header">Progress</th>
<th scope="col" class="govuk-table__header">Assigned to</th>
<th scope="col" class="govuk-table__header">${view.waitingHeading}</th>
</tr></thead>
<tbody class="govuk-table__body">
${view.rows.map((r) => html`${row(r)}\n`)}</tbody>
</table>`;

/** The members a case can go to: everyone signed in to my teams (the action checks each case's team). */
const bulkAssign = (view: InboxView): Html => {
  const error = view.errors?.find((e) => e.field === BULK_FIELDS.assignee);
  return html`${govukSelect({
    id: BULK_FIELDS.assignee,
    name: BULK_FIELDS.assignee,
    label: { text: 'Assign the selected cases to' },
    items: [
      { value: '', text: 'Choose someone' },
      ...view.members.map((m) => ({ value: m.sub, text: m.name })),
    ],
    ...(error ? { errorMessage: { text: error.message, visuallyHiddenText: 'Error' } } : {}),
    formGroup: { classes: 'app-filter' },
  })}
<button type="submit" class="govuk-button govuk-button--secondary">Assign selected</button>`;
};

const cases = (view: InboxView): Html => {
  if (view.rows.length === 0) return html`<p class="govuk-body">Nothing matches. Try other filters.</p>`;
  const none = view.errors?.find((e) => e.field === BULK_FIELDS.references);
  return html`<form method="post" action="${STAFF_PATHS.bulkAssign}" novalidate>
${view.csrfToken ? csrfField(view.csrfToken) : EMPTY}<input type="hidden"${attributes({ name: BULK_FIELDS.back, value: view.here })}>
<div class="govuk-form-group${none ? ' govuk-form-group--error' : ''}" id="${BULK_FIELDS.references}">
${none ? html`<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${none.message}</p>` : EMPTY}
${table(view)}
</div>
${bulkAssign(view)}
</form>`;
};

const paging = ({ paging: p }: InboxView): Html => {
  if (!p.previous && !p.next) return EMPTY;
  return html`<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages">
${p.previous ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${p.previous}" rel="prev"><span class="govuk-pagination__link-title">Previous page</span></a></div>` : EMPTY}
${p.next ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${p.next}" rel="next"><span class="govuk-pagination__link-title">Next page</span></a></div>` : EMPTY}
</nav>`;
};

const showing = ({ paging: p, rows }: InboxView): Html =>
  p.counts
    ? html`<p class="govuk-body" id="showing">Showing ${p.counts.from} to ${p.counts.to} of ${p.counts.total}</p>`
    : rows.length > 0
      ? html`<p class="govuk-body" id="showing">Showing ${rows.length} ${rows.length === 1 ? 'case' : 'cases'} (with the Opened filter, the total is not counted)</p>`
      : EMPTY;

const banner = (text: string): Html => govukSuccessBanner(text, 'assigned-title');

/** The inbox: what came in for my teams, filtered, one page at a time; never an answer. */
export const inboxPage = (view: InboxView): Html =>
  staffDocument(
    { ...view, title: 'Inbox', hasErrors: (view.errors ?? []).length > 0 },
    html`${errorSummary(view.errors ?? [])}${view.banner ? banner(view.banner) : EMPTY}
<h1 class="govuk-heading-l">Inbox</h1>
<p class="govuk-body">What has been sent to ${view.member.admin ? 'every team (you are an administrator)' : 'your team'}. Answers are shown only when you open one; each opening is recorded.</p>
${searchBox({ csrfToken: view.csrfToken, heading: false })}
${filterForm(view)}
${showing(view)}
${cases(view)}
${paging(view)}`,
  );
