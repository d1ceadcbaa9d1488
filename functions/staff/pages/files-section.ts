import { EMPTY, type Html, html } from '../../html/html.ts';
import type { FileRow } from '../files-view.ts';

/**
 * The evidence files sent with a submission: what each is, its size, when a photo says it was
 * taken and the malware check's result. A download is a link to an audited page that hands out a
 * 5-minute link; a file that is not checked and clean has none.
 */
export const filesSection = (rows: readonly FileRow[]): Html =>
  rows.length === 0
    ? EMPTY
    : html`<h2 class="govuk-heading-m" id="files">Files they sent</h2>
<p class="govuk-body">Photos have been re-saved without their location or other camera details. Each download is recorded in the audit trail.</p>
<table class="govuk-table">
<caption class="govuk-visually-hidden">Evidence files, in the order they were attached</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">File</th><th scope="col" class="govuk-table__header">Size</th><th scope="col" class="govuk-table__header">Taken on</th><th scope="col" class="govuk-table__header">Check</th></tr></thead>
<tbody class="govuk-table__body">
${rows.map(
  (r) =>
    html`<tr class="govuk-table__row" data-file="${r.number}"><td class="govuk-table__cell">${r.href ? html`<a class="govuk-link" href="${r.href}">Download file ${r.number}<span class="govuk-visually-hidden"> (${r.kind})</span></a><br>` : html`File ${r.number}<br>`}${r.kind}</td><td class="govuk-table__cell">${r.size}</td><td class="govuk-table__cell">${r.takenOn || '–'}</td><td class="govuk-table__cell">${r.result}</td></tr>\n`,
)}</tbody>
</table>`;
