import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { attributes, escapeHtml } from '../../pages/escape-html.ts';
import type { AuditEntry, StaffMember } from '../../storage/staff-store.ts';
import { timeText } from '../../time/times.ts';
import { actionWords, detailWords } from '../audit-words.ts';
import { type NavLink, staffDocument } from './staff-layout.ts';

export interface AuditView {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
  reference?: string;
  actor?: string;
  entries: AuditEntry[];
}

const entryRow = (e: AuditEntry) => `<tr class="govuk-table__row">
<td class="govuk-table__cell">${escapeHtml(timeText(e.at))}</td>
<td class="govuk-table__cell"><a class="govuk-link" href="${STAFF_PATHS.audit}?${new URLSearchParams({ actor: e.actor })}">${escapeHtml(e.actorName)}</a></td>
<td class="govuk-table__cell">${escapeHtml(actionWords(e.action))}</td>
<td class="govuk-table__cell">${e.reference ? `<a class="govuk-link" href="${STAFF_PATHS.audit}?${new URLSearchParams({ reference: e.reference })}">${escapeHtml(e.reference)}</a>` : ''}${e.detail ? ` ${escapeHtml(detailWords(e))}` : ''}</td>
</tr>`;

/** For admins: who did what, by reference or by person. Never answers. */
export const auditPage = (view: AuditView): string => {
  const heading = view.reference
    ? `Audit trail for ${view.reference}`
    : view.actor
      ? `Audit trail for ${view.entries[0]?.actorName ?? 'this person'}`
      : 'Audit trail';
  const table =
    view.entries.length === 0
      ? `<p class="govuk-body">${view.reference || view.actor ? 'Nothing has been recorded.' : 'Look up a reference, or choose a person from an entry.'}</p>`
      : `<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">Newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th>
<th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">Reference</th>
</tr></thead>
<tbody class="govuk-table__body">
${view.entries.map(entryRow).join('\n')}
</tbody></table>`;
  return staffDocument(
    {
      config: view.config,
      title: heading,
      member: view.member,
      csrfToken: view.csrfToken,
      links: view.links,
    },
    `<h1 class="govuk-heading-l">${escapeHtml(heading)}</h1>
<form method="get" action="${STAFF_PATHS.audit}">
<div class="govuk-form-group">
<label class="govuk-label" for="reference">Reference</label>
<div id="reference-hint" class="govuk-hint">For example, RJ-7KQM-4XPD. Entries are kept after a submission is erased.</div>
<input${attributes({ class: 'govuk-input govuk-input--width-10', id: 'reference', name: 'reference', type: 'text', spellcheck: 'false', 'aria-describedby': 'reference-hint', value: view.reference ?? '' })}>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Look up</button>
</form>
${table}`,
  );
};
