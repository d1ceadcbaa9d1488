import { describe, expect, it } from 'vitest';
import { thresholdView } from '../../../functions/case-review/threshold-view.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { caseReview } from '../../../functions/forms/case-review.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { submissionView } from '../../../functions/staff/case-view.ts';
import { submissionPage } from '../../../functions/staff/pages/submission-page.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const member = { sub: 'sub-1', name: 'Alex', email: 'alex@example.org', teams: [], admin: false };

/** An application sent on ANSWER_DAY (25 October 2026) with these answers over the valid ones. */
const record = (changes: Record<string, string | string[]> = {}) => {
  const result = validateAnswers(caseReview, { ...VALID_ANSWERS['case-review'], ...changes }, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildRecord(
    caseReview,
    serviceConfig,
    result.answers,
    'CR-7KQM-4XPD',
    new Date('2026-10-25T10:00:00Z'),
  );
};

describe("an application's threshold in the workspace", () => {
  it('is met with the three complaints that count, each named', () => {
    const view = thresholdView(record(), serviceConfig);
    expect(view).toMatchObject({ outcome: 'met', outcomeText: 'Met' });
    expect(view.grounds).toBe('3 qualifying complaints; the threshold here is 3 qualifying complaints.');
    expect(view.complaints).toEqual([
      {
        name: 'Complaint 1: to the council on 2 August 2026, about 1 August 2026',
        counts: true,
        verdict: 'Counts',
      },
      {
        name: 'Complaint 2: to the police on 3 September 2026, about 1 September 2026',
        counts: true,
        verdict: 'Counts',
      },
      {
        name: 'Complaint 3: to a housing provider or landlord on 2 October 2026, about 1 October 2026',
        counts: true,
        verdict: 'Counts',
      },
    ]);
  });

  it('is not met when one was made too long after the behaviour, saying why, and that it may still be reviewed', () => {
    const view = thresholdView(record({ complaint1Behaviour: '2026-06-01' }), serviceConfig);
    expect(view.outcome).toBe('not-met');
    expect(view.complaints[0]).toMatchObject({
      counts: false,
      verdict: 'Does not count: made more than 1 month after the behaviour',
    });
    expect(view.grounds).toMatch(/^2 qualifying complaints; .* may still decide to review/);
  });

  it('only reads the complaints the application says it has', () => {
    expect(thresholdView(record({ complaintCount: '2' }), serviceConfig).complaints).toHaveLength(2);
  });

  it('is met by the community threshold the sample config sets', () => {
    const view = thresholdView(record({ complaintCount: '1', households: '6' }), serviceConfig);
    expect(view).toMatchObject({ outcome: 'met' });
    expect(view.grounds).toContain('5 or more households');
  });

  it('shows on the case page before its progress, only for a Case Review', () => {
    const html = String(
      submissionPage(
        submissionView({
          config: serviceConfig,
          member,
          csrfToken: 'csrf',
          links: [],
          form: caseReview,
          record: record({ complaint1Behaviour: '2026-06-01' }),
          openings: [],
          members: [],
        }),
      ),
    );
    expect(html).toContain('data-threshold="not-met"');
    expect(html.indexOf('>Threshold</h2>')).toBeLessThan(html.indexOf('Record the next step'));
    expect(html).toContain(
      '<dd class="govuk-summary-list__value" data-counts="false">Does not count: made more',
    );
  });

  it('names the case it was made from at /return/, and nothing for one made without', () => {
    const page = (fromCase?: string) =>
      String(
        submissionPage(
          submissionView({
            config: serviceConfig,
            member,
            csrfToken: 'csrf',
            links: [],
            form: caseReview,
            record: { ...record(), ...(fromCase ? { fromCase } : {}) },
            openings: [],
            members: [],
          }),
        ),
      );
    expect(page('NR-AAAA-BBBB')).toContain(
      'Made from their case <a class="govuk-link" href="/staff/submissions/NR-AAAA-BBBB">NR-AAAA-BBBB</a>',
    );
    expect(page()).not.toContain('data-from-case');
  });
});
