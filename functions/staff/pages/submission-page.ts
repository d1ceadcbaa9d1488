import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { EMPTY, type Html, html } from '../../html/html.ts';
import type { SubmissionView } from '../case-view.ts';
import type { FileRow } from '../files-view.ts';
import { additionsSection, withdrawalBanner } from './additions-section.ts';
import { filesSection } from './files-section.ts';
import { type FollowUpView, followUpSection } from './follow-up-section.ts';
import { doneBanner, progressSection } from './progress-section.ts';
import { staffDocument } from './staff-layout.ts';
import { thresholdSection } from './threshold-section.ts';

export type { SubmissionView };

const summaryRow = (
  key: string,
  value: string,
  preLine = false,
): Html => html`<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${key}</dt>
<dd class="govuk-summary-list__value${preLine ? ' app-pre-line' : ''}">${value}</dd>
</div>`;

/** An answer a later contact change replaced: still shown as sent, marked as no longer current. */
const replacedRow = (r: { question: string; answer: string; replaced: string }): Html =>
  html`<div class="govuk-summary-list__row app-not-current">
<dt class="govuk-summary-list__key">${r.question}</dt>
<dd class="govuk-summary-list__value"><strong class="govuk-tag govuk-tag--grey">Not current</strong> <span class="govuk-hint">${r.replaced}</span><br><span class="app-pre-line">${r.answer}</span></dd>
</div>`;

/** Every answer with its question, in the definition's order, section by section. */
const answers = ({ sections }: SubmissionView): Html[] =>
  sections.map(
    (section) => html`<h2 class="govuk-heading-m">${section.title}</h2>
<dl class="govuk-summary-list govuk-!-margin-bottom-9">
${section.rows.map((r) => html`${r.replaced ? replacedRow({ ...r, replaced: r.replaced }) : summaryRow(r.question, r.answer, true)}\n`)}</dl>\n`,
  );

/** Said in the safe-contact box once the person has changed how to contact them. */
const contactChanged = (on: string | undefined): Html =>
  on
    ? html`<p class="govuk-body"><strong class="govuk-tag govuk-tag--yellow">Changed</strong> They changed how to contact them safely on ${on}: these are the current ways. The details they first gave are no longer current.</p>
`
    : EMPTY;

/** The details that stand after a change of safe contact, under the ways they may be used. */
const currentDetails = (rows: SubmissionView['currentContact']): Html =>
  rows && rows.length > 0
    ? html`<dl class="govuk-summary-list govuk-summary-list--no-border" data-current-contact>
${rows.map((r) => html`${summaryRow(r.key, r.value, true)}\n`)}</dl>
`
    : EMPTY;

const deliveries = ({ deliveries: rows }: SubmissionView): Html =>
  html`<h2 class="govuk-heading-m">Received and notified</h2>
<dl class="govuk-summary-list">
${rows.map((r) => html`${summaryRow(r.key, r.value, true)}\n`)}</dl>`;

const openings = ({ openings: list }: SubmissionView): Html =>
  html`<h2 class="govuk-heading-m">Who has opened this</h2>
<table class="govuk-table">
<caption class="govuk-visually-hidden">Who has opened this submission, newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">When</th></tr></thead>
<tbody class="govuk-table__body">
${list.map((e) => html`<tr class="govuk-table__row"><td class="govuk-table__cell">${e.name}</td><td class="govuk-table__cell">${e.at}</td></tr>\n`)}</tbody>
</table>`;

/** One submission: how to contact them safely first, urgent markers, every answer, its history. */
export const submissionPage = (
  view: SubmissionView & { followUp?: FollowUpView; files?: readonly FileRow[] },
): Html => {
  const urgent = view.urgent.map(
    (u, i) => html`${i > 0 ? ' ' : ''}<strong class="govuk-tag govuk-tag--red">${u}</strong>`,
  );
  const erase = view.canErase
    ? html`<p class="govuk-body"><a class="govuk-link" href="${STAFF_PATHS.erase(view.reference)}">Erase this submission</a></p>`
    : EMPTY;
  return staffDocument(
    { ...view, title: view.reference },
    html`${withdrawalBanner(view.withdrawnOn)}${doneBanner(view.done)}<span class="govuk-caption-l">${view.formTitle} · ${view.team}</span>
<h1 class="govuk-heading-l">${view.reference}</h1>
${urgent.length > 0 ? html`<p class="govuk-body">${urgent}</p>\n` : EMPTY}<div class="govuk-inset-text app-safe-contact">
<h2 class="govuk-heading-s">How to contact them safely</h2>
${contactChanged(view.contactChangedOn)}<p class="govuk-body"><strong data-contact-language="${view.contactLanguage.code}">${view.contactLanguage.line}</strong></p>
${view.safeContact.map((line) => html`<p class="govuk-body">${line}</p>\n`)}${currentDetails(view.currentContact)}</div>
${view.threshold ? thresholdSection(view.threshold) : EMPTY}${progressSection(view.progress)}
${followUpSection(view.followUp)}
<h2 class="govuk-heading-m">Their answers</h2>
<p class="govuk-body">The answers were written by a member of the public.</p>
${answers(view)}${filesSection(view.files ?? [])}${additionsSection(view.additions)}${deliveries(view)}
${openings(view)}
${erase}`,
  );
};
