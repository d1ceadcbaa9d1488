import type { ThresholdView } from '../../case-review/threshold-view.ts';
import { type Html, html } from '../../html/html.ts';

const TAG: Record<ThresholdView['outcome'], string> = {
  met: 'govuk-tag--green',
  'not-met': 'govuk-tag--grey',
  decide: 'govuk-tag--yellow',
};

/** An ASB Case Review application's threshold: the result, what it rests on, and every complaint. */
export const thresholdSection = (view: ThresholdView): Html => html`<h2 class="govuk-heading-m">Threshold</h2>
<p class="govuk-body"><strong class="govuk-tag ${TAG[view.outcome]}" data-threshold="${view.outcome}">${view.outcomeText}</strong></p>
<p class="govuk-body">${view.grounds}</p>
${view.fromCase ? html`<p class="govuk-body" data-from-case>Made from their case <a class="govuk-link" href="${view.fromCase.href}">${view.fromCase.reference}</a>, after they signed in with its code: its report and incidents came filled in as complaints.</p>\n` : ''}<dl class="govuk-summary-list">
${view.complaints.map(
  (c) => html`<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${c.name}</dt>
<dd class="govuk-summary-list__value" data-counts="${String(c.counts)}">${c.verdict}</dd>
</div>\n`,
)}</dl>
<p class="govuk-body-s">The rules here: ${view.rules} A decision against or beyond them needs reasons, recorded with the threshold decision.</p>
<h3 class="govuk-heading-s">Letters to the applicant</h3>
${
  view.letters.length > 0
    ? html`<ul class="govuk-list">
${view.letters.map(
  (l) => html`<li><a class="govuk-link" href="${l.href}">${l.text}</a></li>
`,
)}</ul>
`
    : html`<p class="govuk-body">None sent yet.</p>
`
}<p class="govuk-body"><a class="govuk-link" href="${view.writeHref}">Write to the applicant</a></p>
`;
