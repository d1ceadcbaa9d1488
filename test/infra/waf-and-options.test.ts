import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOO_MANY_LABEL } from '../../infra/stacks/waf-stack.ts';
import { PRODUCTION, type Synthesized, synth, VARIANT } from './support/synth.ts';

let production: Synthesized;
let variant: Synthesized;
beforeAll(() => {
  production = synth(PRODUCTION);
  variant = synth(VARIANT);
});

const distributionConfig = (s: Synthesized) =>
  Object.values(s.template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;

describe('WAF switched on (the default)', () => {
  it('lives in its own us-east-1 stack, which the service stack depends on', () => {
    expect(production.waf?.region).toBe('us-east-1');
    expect(production.service.region).toBe('eu-west-2');
    expect(production.service.dependencies).toContain(production.waf);
  });

  it('is a CLOUDFRONT-scope web ACL that allows by default', () => {
    production.wafTemplate?.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      VisibilityConfig: Match.objectLike({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true }),
    });
  });

  const rules = () =>
    Object.values(production.wafTemplate?.findResources('AWS::WAFv2::WebACL') ?? {})[0]?.Properties.Rules as {
      Name: string;
      Priority: number;
      Action?: unknown;
      Statement: unknown;
      RuleLabels?: unknown;
    }[];
  const rule = (name: string) => rules().find((r) => r.Name === name);
  const API_PATH = {
    ByteMatchStatement: {
      FieldToMatch: { UriPath: {} },
      PositionalConstraint: 'STARTS_WITH',
      SearchString: '/api/',
      TextTransformations: [{ Priority: 0, Type: 'NONE' }],
    },
  };
  const LABEL = [{ Name: TOO_MANY_LABEL }];

  it('counts every /api/* request per IP address, whatever its method, and labels an address over the limit', () => {
    expect(rule('LimitApiRequestsPerIp')).toMatchObject({
      Priority: 0,
      Action: { Count: {} },
      RuleLabels: LABEL,
      Statement: {
        RateBasedStatement: {
          Limit: 300,
          EvaluationWindowSec: 300,
          AggregateKeyType: 'IP',
          ScopeDownStatement: API_PATH,
        },
      },
    });
  });

  it('counts form posts (POST on /api/*) per IP address against their own, lower limit, with the same label', () => {
    expect(rule('LimitFormPostsPerIp')).toMatchObject({
      Priority: 1,
      Action: { Count: {} },
      RuleLabels: LABEL,
      Statement: {
        RateBasedStatement: {
          Limit: 100,
          AggregateKeyType: 'IP',
          ScopeDownStatement: {
            AndStatement: {
              Statements: [
                API_PATH,
                {
                  ByteMatchStatement: {
                    FieldToMatch: { Method: {} },
                    PositionalConstraint: 'EXACTLY',
                    SearchString: 'POST',
                    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                  },
                },
              ],
            },
          },
        },
      },
    });
  });

  it('answers a labelled request 429 with a page when the browser asked for HTML, and JSON otherwise', () => {
    const labelled = { LabelMatchStatement: { Scope: 'LABEL', Key: TOO_MANY_LABEL } };
    expect(rule('TooManyApiRequestsPage')).toMatchObject({
      Priority: 2,
      Action: {
        Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'too-many-submissions' } },
      },
      Statement: {
        AndStatement: {
          Statements: [
            labelled,
            {
              ByteMatchStatement: {
                FieldToMatch: { SingleHeader: { Name: 'accept' } },
                PositionalConstraint: 'CONTAINS',
                SearchString: 'text/html',
              },
            },
          ],
        },
      },
    });
    expect(rule('TooManyApiRequests')).toMatchObject({
      Priority: 3,
      Action: {
        Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'too-many-submissions-json' } },
      },
      Statement: labelled,
    });
    const bodies = Object.values(production.wafTemplate?.findResources('AWS::WAFv2::WebACL') ?? {})[0]
      ?.Properties.CustomResponseBodies;
    expect(bodies['too-many-submissions'].ContentType).toBe('TEXT_HTML');
    expect(bodies['too-many-submissions'].Content).toMatch(
      /^<!doctype html><html lang="en">.*<h1>Too many requests<\/h1>/,
    );
    expect(bodies['too-many-submissions'].Content.length).toBeLessThanOrEqual(4096);
    expect(bodies['too-many-submissions-json'].ContentType).toBe('APPLICATION_JSON');
    // The API's own error shape, which the site's script shows in place.
    expect(JSON.parse(bodies['too-many-submissions-json'].Content)).toEqual({
      errors: [{ field: '', message: expect.stringContaining('Too many requests') }],
    });
    expect(bodies['too-many-staff-requests'].ContentType).toBe('TEXT_HTML');
  });

  it('blocks nothing in the rate rules themselves: every limit ends in one of the two answers', () => {
    const order = rules()
      .sort((a, b) => a.Priority - b.Priority)
      .map((r) => r.Name);
    expect(order.slice(0, 4)).toEqual([
      'LimitApiRequestsPerIp',
      'LimitFormPostsPerIp',
      'TooManyApiRequestsPage',
      'TooManyApiRequests',
    ]);
  });

  it("applies AWS's common rule set, counting (not blocking) long form bodies", () => {
    production.wafTemplate?.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'AWSManagedRulesCommonRuleSet',
          Priority: 6,
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: {
              VendorName: 'AWS',
              Name: 'AWSManagedRulesCommonRuleSet',
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            },
          },
        }),
      ]),
    });
  });

  it('is attached to the distribution', () => {
    expect(distributionConfig(production).WebACLId).toBeDefined();
  });
});

describe('a test deployment: WAF off, CloudFront logs on, no custom domain', () => {
  it('has no WAF stack and no web ACL on the distribution', () => {
    expect(variant.waf).toBeUndefined();
    expect(variant.service.dependencies).toEqual([]);
    expect(distributionConfig(variant).WebACLId).toBeUndefined();
  });

  it('logs CloudFront requests to the access log bucket, which accepts CloudFront ACLs and expires logs', () => {
    expect(distributionConfig(variant).Logging).toEqual({
      Bucket: { 'Fn::GetAtt': [expect.stringMatching(/^SiteAccessLogs/), 'RegionalDomainName'] },
      Prefix: 'cloudfront/',
      IncludeCookies: false,
    });
    variant.template.hasResourceProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 14 })] },
    });
  });

  it('uses the cloudfront.net name and certificate', () => {
    expect(distributionConfig(variant).Aliases).toBeUndefined();
    expect(distributionConfig(variant).ViewerCertificate).toBeUndefined();
  });
});
