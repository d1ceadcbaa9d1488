import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';

const withCaseReview = (caseReview: unknown) => parseConfig({ ...sample, caseReview });

describe('caseReview configuration, checked at synth and start', () => {
  it("defaults to the Act's threshold and the published targets", () => {
    const { caseReview } = parseConfig({ ...sample, caseReview: undefined });
    expect(caseReview.threshold).toEqual({
      complaints: 3,
      complaintWithinMonths: 1,
      applicationWithinMonths: 6,
      hate: 'meets',
    });
    expect(caseReview.targets.decided).toBe(10);
    expect(caseReview.partners).toEqual([]);
  });

  it('accepts a lower local threshold and a community threshold', () => {
    const { caseReview } = withCaseReview({ threshold: { complaints: 2, community: { households: 5 } } });
    expect(caseReview.threshold).toMatchObject({ complaints: 2, community: { households: 5 } });
  });

  it('refuses a local threshold above three, naming the key and the reason', () => {
    expect(() => withCaseReview({ threshold: { complaints: 4 } })).toThrow(
      /"caseReview\.threshold\.complaints" must be 3 or fewer: the Act sets the threshold at three/,
    );
  });

  it('refuses windows narrower than the Act', () => {
    expect(() => withCaseReview({ threshold: { applicationWithinMonths: 3 } })).toThrow(
      /"caseReview\.threshold\.applicationWithinMonths" must be 6 or more/,
    );
  });

  it('refuses a partner without an email address, and a misspelt target', () => {
    expect(() => withCaseReview({ partners: [{ name: 'Police' }] })).toThrow(
      /caseReview\.partners\.0\.email/,
    );
    expect(() => withCaseReview({ targets: { decide: 5 } })).toThrow(/did you mean "decided"\?/);
  });
});
