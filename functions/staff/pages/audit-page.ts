import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { attributes, EMPTY, type Html, html } from '../../html/html.ts';
import type { AuditEntry } from '../../storage/staff-store.ts';
import { timeText } from '../../time/times.ts';
import { actionWords, detailWords } from '../audit-words.ts';
import { type StaffFrame, staffDocument } from './staff-layout.ts';

export interface AuditView extends StaffFrame {
  reference?: string;
  actor?: string;
  entries: AuditEntry[];
}

const lookUp = (query: Record<string, string>) => `${STAFF_PATHS.audit}?${new URLSearchParams(query)}`;

const entryRow = (e: AuditEntry): Html => html`<tr class="govuk-table__row">
<td class="govuk-table__cell">${timeText(e.at)}</td>
<td class="govuk-table__cell"><a class="govuk-link" href="${lookUp({ actor: e.actor })}">${e.actorName}</a></td>
<td class="govuk-table__cell">${actionWords(e.action)}</td>
<td class="govuk-table__cell">${e.reference ? html`<a class="govuk-link" href="${lookUp({ reference: e.reference })}">${e.reference}</a>` : EMPTY}${e.detail ? ` ${detailWords(e)}` : ''}</td>
</tr>`;

const table = (view: AuditView): Html =>
  view.entries.length === 0
    ? html`<p class="govuk-body">${view.reference || view.actor ? 'Nothing has been recorded.' : 'Look up a reference, or choose a person from an entry.'}</p>`
    : html`<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">Newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th>
<th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">Reference</th>
</tr></thead>
<tbody class="govuk-table__body">
${view.entries.map((e) => html`${entryRow(e)}\n`)}</tbody></table>`;

/** For admins: who did what, by reference or by person. Never answers. */
export const auditPage = (view: AuditView): Html => {
  const heading = view.reference
    ? `Audit trail for ${view.reference}`
    : view.actor
      ? `Audit trail for ${view.entries[0]?.actorName ?? 'this person'}`
      : 'Audit trail';
  return staffDocument(
    { ...view, title: heading },
    html`<h1 class="govuk-heading-l">${heading}</h1>
<form method="get" action="${STAFF_PATHS.audit}">
<div class="govuk-form-group">
<label class="govuk-label" for="reference">Reference</label>
<div id="reference-hint" class="govuk-hint">For example, RJ-7KQM-4XPD. Entries are kept after a submission is erased.</div>
<input${attributes({ class: 'govuk-input govuk-input--width-10', id: 'reference', name: 'reference', type: 'text', spellcheck: 'false', 'aria-describedby': 'reference-hint', value: view.reference ?? '' })}>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Look up</button>
</form>
${table(view)}`,
  );
};
