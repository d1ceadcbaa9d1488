import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { DeliveryAttempt, EndpointOff } from '../../storage/webhook-log.ts';
import { timeText } from '../../time/times.ts';
import type { WebhookSettings } from '../../webhooks/config-schema.ts';
import { type StaffFrame, staffDocument } from './staff-layout.ts';

export interface EndpointDeliveries {
  id: string;
  settings: WebhookSettings['endpoints'][string];
  off?: EndpointOff;
  attempts: DeliveryAttempt[];
}

export interface DeliveriesView extends StaffFrame {
  endpoints: EndpointDeliveries[];
}

const OUTCOME_WORDS: Record<DeliveryAttempt['outcome'], string> = {
  delivered: 'Delivered',
  failed: 'Failed: will be tried again',
  refused: 'Refused before sending',
  'switched off': 'Answered 410 Gone: endpoint switched off',
  'not sent: endpoint off': 'Not sent: endpoint switched off',
};

const attemptRow = (a: DeliveryAttempt): Html => html`<tr class="govuk-table__row">
<td class="govuk-table__cell">${timeText(a.at)}</td>
<td class="govuk-table__cell">${a.type}</td>
<td class="govuk-table__cell"><a class="govuk-link" href="${STAFF_PATHS.submission(a.reference)}">${a.reference}</a></td>
<td class="govuk-table__cell govuk-table__cell--numeric">${String(a.attempt)}</td>
<td class="govuk-table__cell">${OUTCOME_WORDS[a.outcome] ?? a.outcome}${a.reason ? html`<br><span class="govuk-hint">${a.reason}</span>` : EMPTY}</td>
</tr>`;

const endpointSection = (e: EndpointDeliveries): Html => html`<h2 class="govuk-heading-m">${e.id}</h2>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">${e.settings.team}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Address</dt><dd class="govuk-summary-list__value">${e.settings.url}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Events</dt><dd class="govuk-summary-list__value">${e.settings.events.join(', ')}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">State</dt><dd class="govuk-summary-list__value">${
  e.off
    ? html`<strong class="govuk-tag govuk-tag--red">Switched off</strong> ${timeText(e.off.at)}: ${e.off.reason}`
    : 'On'
}</dd></div>
</dl>
${
  e.attempts.length === 0
    ? html`<p class="govuk-body">Nothing has been sent to it in the last 30 days.</p>`
    : html`<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">Latest attempts, newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Event</th>
<th scope="col" class="govuk-table__header">Reference</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Attempt</th>
<th scope="col" class="govuk-table__header">Outcome</th>
</tr></thead>
<tbody class="govuk-table__body">
${e.attempts.map((a) => html`${attemptRow(a)}\n`)}</tbody></table>`
}`;

/** For admins: each team system's webhook endpoint, whether it is on, and what became of recent events. */
export const deliveriesPage = (view: DeliveriesView): Html =>
  staffDocument(
    { ...view, title: 'Webhooks' },
    html`<h1 class="govuk-heading-l">Webhooks</h1>
<p class="govuk-body">Events (a reference and what happened, never answers) sent to the teams’ case systems. A failed event is tried again for three days; operations re-drive what is still undelivered.</p>
${view.endpoints.length === 0 ? html`<p class="govuk-body">No case system is connected: see “Connecting a case system” in docs/deploy.md.</p>` : EMPTY}
${view.endpoints.map((e) => html`${endpointSection(e)}\n`)}`,
  );
