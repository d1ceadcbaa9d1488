import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../infra/paths.ts';
import { PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let printed: string;
beforeAll(() => {
  s = synth(PRODUCTION);
  // The script reads the templates a synth wrote (what `npm run cost -- --templates cdk.out` does).
  printed = execFileSync(process.execPath, [fromRoot('scripts/cost.ts'), '--templates', s.outdir], {
    encoding: 'utf8',
  });
});

const count = (type: string) =>
  [s.template, s.wafTemplate].reduce((n, t) => n + Object.keys(t?.findResources(type) ?? {}).length, 0);

/** The quantity printed on the fixed line that starts with `what`, in the first (200) section. */
const quantity = (what: string) => {
  const lineFound = printed.split('\n').find((l) => l.trim().startsWith(what));
  return Number(lineFound?.trim().slice(what.length).trim().split(/\s+/)[0]);
};

describe('npm run cost', () => {
  it('prints the month for 200 and for 20,000 submissions, fixed and per use', () => {
    expect(printed).toMatch(/^200 submissions a month, 10 staff: \$\d+\.\d\d a month$/m);
    expect(printed).toMatch(/^20,000 submissions a month, 60 staff: \$\d+\.\d\d a month$/m);
    expect(printed.match(/^Fixed \(\$/gm)).toHaveLength(2);
    expect(printed.match(/^Per use \(\$/gm)).toHaveLength(2);
    expect(printed).toMatch(/as of \d{4}-\d\d-\d\d \(infra\/prices\.json\)/);
  });

  it("counts the fixed part from the templates' resources", () => {
    const rules = Object.values(s.wafTemplate?.findResources('AWS::WAFv2::WebACL') ?? {}).reduce(
      (n, acl) => n + acl.Properties.Rules.length,
      0,
    );
    expect(quantity('WAF web ACLs')).toBe(1);
    expect(quantity('WAF rules')).toBe(rules);
    expect(quantity('KMS customer-managed keys')).toBe(count('AWS::KMS::Key'));
    expect(quantity('CloudWatch alarms')).toBe(count('AWS::CloudWatch::Alarm'));
    expect(quantity('Secrets Manager secrets')).toBe(count('AWS::SecretsManager::Secret'));
  });

  it('costs more for more submissions, with the same fixed part', () => {
    const totals = [...printed.matchAll(/staff: \$(\d+\.\d\d) a month/g)].map((m) => Number(m[1]));
    const fixed = [...printed.matchAll(/^Fixed \(\$(\d+\.\d\d)\)/gm)].map((m) => m[1]);
    expect(totals[1]).toBeGreaterThan(totals[0] ?? Number.POSITIVE_INFINITY);
    expect(fixed[0]).toBe(fixed[1]);
  });
});
