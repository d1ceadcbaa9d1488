import { createRequire } from 'node:module';
import {
  cruise,
  type ICruiseOptions,
  type IForbiddenRuleType,
  type IReporterOutput,
} from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of functions/ (.dependency-cruiser.cjs): no circles, forms/ never imports
 * reporting/ or staff/, time/ imports only itself and contract/. The same check anyone can run:
 * `npx depcruise functions --config .dependency-cruiser.cjs`.
 */
const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
  options: ICruiseOptions;
};

const violations = async (): Promise<string[]> => {
  const result: IReporterOutput = await cruise(
    ['functions'],
    { ...rules.options, validate: true, ruleSet: { forbidden: rules.forbidden } },
    undefined,
    { tsConfig: extractTSConfig('tsconfig.json') },
  );
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
  );
};

describe('the import picture of functions/', () => {
  it('has no circles and no arrows up from the ground floors', async () => {
    expect(await violations()).toEqual([]);
  }, 60_000);
});
