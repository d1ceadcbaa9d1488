import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTION, synth } from './support/synth.ts';

/** The report's legacy JSON shape (context @aws-cdk/core:validationReportJson), written on every synth. */
interface Report {
  pluginReports: {
    summary: { pluginName: string };
    violations: { ruleName: string; description: string }[];
  }[];
}

/**
 * CDK checks every resource against CloudFormation's own schemas while synthesizing, but only
 * warns. A value the schema refuses (such as an error page for status 429, which CloudFront does
 * not accept) would fail only at deploy, so here it fails the build.
 */
describe("the templates against CloudFormation's resource schemas", () => {
  it.each([
    ['a trial deployment', {}],
    ['a production deployment (own domain, API origin)', PRODUCTION],
  ] as const)('break no rule in %s, WAF included', (_name, options) => {
    const { outdir } = synth(options);
    const file = join(outdir, 'policy-validation-report.json');
    expect(existsSync(file)).toBe(true);
    const report: Report = JSON.parse(readFileSync(file, 'utf8'));
    const findings = report.pluginReports
      .filter((r) => r.summary.pluginName === 'CloudFormation Validate')
      .flatMap((r) => r.violations.map((v) => `${v.ruleName}: ${v.description}`));
    expect(findings).toEqual([]);
  });
});
