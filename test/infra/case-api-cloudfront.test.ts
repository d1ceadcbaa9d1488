import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../functions/contract/service-contract.ts';
import { CASE_API } from '../../functions/contract/webhooks.ts';
import {
  dynamicReferenceTo,
  environmentOf,
  logicalId,
  PRODUCTION,
  type Synthesized,
  secretIdOf,
  synth,
} from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

interface Behaviour {
  PathPattern: string;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  AllowedMethods: string[];
  CachePolicyId: { Ref: string } | string;
  OriginRequestPolicyId: unknown;
  ResponseHeadersPolicyId: unknown;
}

const behaviours = (): Behaviour[] => {
  const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
  return distribution?.Properties.DistributionConfig.CacheBehaviors;
};
const behaviourFor = (pattern: string): Behaviour => {
  const found = behaviours().find((b) => b.PathPattern === pattern);
  if (!found) throw new Error(`no behaviour for ${pattern}`);
  return found;
};

const caseApi = `${CASE_API.prefix}*`;
const forms = `${API_PREFIX}*`;

describe('the case API through CloudFront', () => {
  it('has its own behaviour, listed before /api/* (CloudFront takes the first pattern that matches)', () => {
    const order = behaviours().map((b) => b.PathPattern);
    expect(order).toContain(caseApi);
    expect(order.indexOf(caseApi)).toBeLessThan(order.indexOf(forms));
  });

  it('goes to the API origin, HTTPS only, GET and HEAD only, with the forms API’s request and no-store header policies', () => {
    const behaviour = behaviourFor(caseApi);
    const api = behaviourFor(forms);
    expect(behaviour).toMatchObject({
      TargetOriginId: api.TargetOriginId,
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: ['GET', 'HEAD'],
      OriginRequestPolicyId: api.OriginRequestPolicyId,
      ResponseHeadersPolicyId: api.ResponseHeadersPolicyId,
    });
  });

  it('forwards Authorization by putting it in the cache key, and keeps nothing longer than a second', () => {
    const ref = behaviourFor(caseApi).CachePolicyId;
    expect(ref).toEqual({ Ref: expect.any(String) });
    const policy = template.toJSON().Resources[(ref as { Ref: string }).Ref];
    expect(policy.Type).toBe('AWS::CloudFront::CachePolicy');
    const config = policy.Properties.CachePolicyConfig;
    expect(config.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig).toEqual({
      HeaderBehavior: 'whitelist',
      Headers: ['Authorization'],
    });
    expect(config.MinTTL).toBe(0);
    expect(config.DefaultTTL).toBe(0);
    expect(config.MaxTTL).toBeLessThanOrEqual(1);
  });

  it('its function is given the origin-verify secret, so a call that skips CloudFront (and the WAF) is refused', () => {
    expect(
      environmentOf(template, logicalId(s.service, s.service.caseApi.fn.lambda)).ORIGIN_VERIFY_SECRET,
    ).toEqual(dynamicReferenceTo(secretIdOf(template, 'OriginVerify')));
  });
});
