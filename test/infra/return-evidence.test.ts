import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { ADDITION_ATTRIBUTES } from '../../infra/constructs/return-pages.ts';
import {
  actionsOf,
  logicalId,
  nagFindings,
  PRODUCTION,
  policyStatementsOf,
  type Synthesized,
  synth,
} from './support/synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synth(PRODUCTION);
}, 120_000);

const returnFn = () => s.service.returnPages.fn;
const statements = () => policyStatementsOf(s.template, logicalId(s.service, returnFn().role as never));

describe('evidence from the way back in on AWS (issue 22 item 1)', () => {
  it('gives the return function the bucket’s name, and staging/ to write and read, nothing else of it', () => {
    const env =
      s.template.findResources('AWS::Lambda::Function')[logicalId(s.service, returnFn().lambda)]?.Properties
        .Environment.Variables;
    expect(env?.EVIDENCE_BUCKET).toEqual({ Ref: logicalId(s.service, s.service.evidence.bucket) });
    const s3 = statements().filter((st) => actionsOf([st]).some((a) => a.startsWith('s3:')));
    expect(actionsOf(s3).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    const resources = JSON.stringify(s3.map((st) => st.Resource));
    expect(resources).toContain('/staging/*');
    expect(resources).not.toMatch(/files\/|quarantine/);
  });

  it('lets it claim uploads (UPLOAD# items only) and append files with the addition, never the answers', () => {
    const puts = statements().filter((st) => actionsOf([st]).includes('dynamodb:PutItem'));
    expect(JSON.stringify(puts)).toContain(`"${TABLE_SHAPE.uploadClaimPrefix}*"`);
    // A contact change's new details' search tokens (FIND# items), listed on the record in findKeys.
    expect(JSON.stringify(puts)).toContain(`"${TABLE_SHAPE.findTokenPrefix}*"`);
    expect(ADDITION_ATTRIBUTES).toContain('findKeys');
    for (const st of puts) expect(st.Condition).toBeDefined();
    expect(ADDITION_ATTRIBUTES).toEqual(expect.arrayContaining(['files', 'additions', 'additionIds']));
    expect(ADDITION_ATTRIBUTES).not.toContain('answers');
  });

  it('passes cdk-nag', () => {
    expect(nagFindings(s)).toEqual([]);
  });
});
