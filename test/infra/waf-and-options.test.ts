import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
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

  it('rate-limits form posts per IP address (POST on /api/*) with a 429 and a message', () => {
    production.wafTemplate?.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'LimitFormPostsPerIp',
          Priority: 0,
          Action: {
            Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'too-many-submissions' } },
          },
          Statement: {
            RateBasedStatement: {
              Limit: 100,
              EvaluationWindowSec: 300,
              AggregateKeyType: 'IP',
              ScopeDownStatement: {
                AndStatement: {
                  Statements: [
                    {
                      ByteMatchStatement: {
                        FieldToMatch: { UriPath: {} },
                        PositionalConstraint: 'STARTS_WITH',
                        SearchString: '/api/',
                        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                      },
                    },
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
        }),
      ]),
      CustomResponseBodies: { 'too-many-submissions': Match.objectLike({ ContentType: 'TEXT_PLAIN' }) },
    });
  });

  it("applies AWS's common rule set, counting (not blocking) long form bodies", () => {
    production.wafTemplate?.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'AWSManagedRulesCommonRuleSet',
          Priority: 2,
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
