import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/http/origin-check.ts';
import { FIGURES_CACHE_SECONDS } from '../../infra/constructs/case-review-figures.ts';
import {
  actionsOf,
  behaviourOf,
  distributionOf,
  environmentOf,
  logicalId,
  nagFindings,
  PRODUCTION,
  policyStatementsOf,
  routesMatching,
  type Synthesized,
  synth,
} from './support/synth.ts';

let s: Synthesized;

beforeAll(() => {
  s = synth(PRODUCTION);
}, 120_000);

const distribution = () => distributionOf(s.template);
const patterns = (): string[] =>
  distribution().CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern);
const behaviour = (pattern: string) => behaviourOf(s.template, pattern);
const figuresFn = () => logicalId(s.service, s.service.caseReviewFigures.lambda);

describe('the published Case Review figures on AWS (issue 23)', () => {
  it('sends GET and HEAD of the page and its CSVs, in English and Welsh, to their own function only', () => {
    const { keys, targets } = routesMatching(s.template, '/case-review/figures');
    expect(keys).toEqual([
      'GET /case-review/figures',
      'GET /case-review/figures/{proxy+}',
      'GET /cy/case-review/figures',
      'GET /cy/case-review/figures/{proxy+}',
      'HEAD /case-review/figures',
      'HEAD /case-review/figures/{proxy+}',
      'HEAD /cy/case-review/figures',
      'HEAD /cy/case-review/figures/{proxy+}',
    ]);
    expect(targets).toEqual([{ 'Fn::GetAtt': [figuresFn(), 'Arn'] }]);
  });

  it('has a behaviour per language to the API origin, ahead of the form pages: HTTPS (HTTP redirected), GET and HEAD, cached five minutes', () => {
    for (const [pattern, form] of [
      ['/case-review/figures/*', '/case-review*'],
      ['/cy/case-review/figures/*', '/cy/case-review*'],
    ] as const) {
      // CloudFront takes the first behaviour whose pattern matches.
      expect(patterns().indexOf(pattern)).toBeGreaterThanOrEqual(0);
      expect(patterns().indexOf(pattern)).toBeLessThan(patterns().indexOf(form));
      expect(behaviour(pattern)).toMatchObject({
        TargetOriginId: behaviour('/api/*').TargetOriginId,
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        CachedMethods: ['GET', 'HEAD'],
      });
      expect(behaviour(pattern).OriginRequestPolicyId).toBeUndefined();
      const cache =
        s.template.toJSON().Resources[behaviour(pattern).CachePolicyId.Ref].Properties.CachePolicyConfig;
      expect(cache).toMatchObject({
        DefaultTTL: FIGURES_CACHE_SECONDS,
        MaxTTL: FIGURES_CACHE_SECONDS,
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: {
          CookiesConfig: { CookieBehavior: 'none' },
          HeadersConfig: { HeaderBehavior: 'none' },
          QueryStringsConfig: { QueryStringBehavior: 'none' },
        },
      });
      expect(behaviour(pattern).ResponseHeadersPolicyId).toBeDefined();
    }
  });

  it('checks the origin-verify secret that CloudFront alone sends', () => {
    expect(Object.keys(environmentOf(s.template, figuresFn()))).toContain('ORIGIN_VERIFY_SECRET');
    const origin = distribution().Origins.find(
      (o: { Id: string }) => o.Id === behaviour('/case-review/figures/*').TargetOriginId,
    );
    expect(origin.OriginCustomHeaders.map((h: { HeaderName: string }) => h.HeaderName)).toEqual([
      ORIGIN_VERIFY_HEADER,
    ]);
  });

  it('may only read: a Query on the by-form index and the erased tallies (TALLY# keys)', () => {
    const role = logicalId(s.service, s.service.caseReviewFigures.role as never);
    const statements = policyStatementsOf(s.template, role);
    const dynamo = statements.filter((st) => actionsOf([st]).some((a) => a.startsWith('dynamodb:')));
    expect(actionsOf(dynamo)).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    const query = dynamo.find((st) => actionsOf([st]).includes('dynamodb:Query'));
    expect(JSON.stringify(query?.Resource)).toContain(`/index/${TABLE_SHAPE.byFormIndex.indexName}`);
    const get = dynamo.find((st) => actionsOf([st]).includes('dynamodb:GetItem'));
    expect(get?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${TABLE_SHAPE.erasedTallyPrefix}*`] },
    });
    // Nothing else: no writes, no other service beyond its logs, its traces and the table's key.
    const other = actionsOf(statements).filter((a) => !a.startsWith('logs:') && !a.startsWith('dynamodb:'));
    expect(other).toEqual([
      'kms:Decrypt',
      'kms:DescribeKey',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('passes cdk-nag with nothing new unacknowledged', () => {
    expect(nagFindings(s).filter((f) => f.includes('CaseReviewFigures') || f.includes('Figures'))).toEqual(
      [],
    );
  });
});
