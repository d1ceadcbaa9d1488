import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { ConfigError, parseConfig } from '../../functions/config/parse-config.ts';
import { parseDeploySettings } from '../../infra/deploy-settings.ts';
import { fromRoot } from '../../infra/paths.ts';
import { addServiceStacks } from '../../infra/service-app.ts';
import { apiOrigin, siteDomain } from '../../infra/site-domain.ts';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-feed-4bee-8cab-123456789abc';

describe('deploy settings', () => {
  it('has safe defaults: London, WAF on, no CloudFront viewer logs', () => {
    expect(parseDeploySettings(undefined)).toEqual({
      stackPrefix: 'RestorativeReferrals',
      region: 'eu-west-2',
      siteDir: 'site/dist',
      waf: {
        enabled: true,
        apiRequestsPerFiveMinutes: 300,
        postRequestsPerFiveMinutes: 100,
        staffRequestsPerFiveMinutes: 300,
        returnRequestsPerFiveMinutes: 60,
      },
      resend: { afterMinutes: 10 },
      apiThrottle: { rateLimit: 20, burstLimit: 40 },
      logRetentionDays: 90,
      accessLogs: { cloudFront: false, retentionDays: 30 },
      staff: { threatProtection: 'ENFORCED', clientGeneration: 1 },
      originVerify: { generation: 1 },
    });
  });

  it('spells out the defaults in cdk.json', () => {
    const context = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context;
    expect(parseDeploySettings(context.deploy)).toEqual(parseDeploySettings({}));
  });

  it('accepts a JSON string, as `-c deploy=...` passes it', () => {
    expect(parseDeploySettings('{"waf":{"enabled":false}}').waf).toEqual({
      enabled: false,
      apiRequestsPerFiveMinutes: 300,
      postRequestsPerFiveMinutes: 100,
      staffRequestsPerFiveMinutes: 300,
      returnRequestsPerFiveMinutes: 60,
    });
  });

  it('names every bad key, and refuses unknown ones', () => {
    const attempt = () =>
      parseDeploySettings({
        region: 'London',
        certificateArn: CERTIFICATE.replace('us-east-1', 'eu-west-2'),
        logRetentionDays: 42,
        wafEnabled: false,
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/"region" must be an AWS region/);
    expect(attempt).toThrow(/"certificateArn" must be the ARN of an ACM certificate in us-east-1/);
    expect(attempt).toThrow(/"logRetentionDays"/);
    expect(attempt).toThrow(/wafEnabled/);
    expect(() => parseDeploySettings('{waf: off}')).toThrow(/not valid JSON/);
  });
});

describe('site domain (from siteUrl in config/service.json)', () => {
  it('uses the cloudfront.net name for a local siteUrl', () => {
    expect(siteDomain({ siteUrl: 'http://localhost:3000' }, {})).toBeUndefined();
  });

  it("uses siteUrl's host with the certificate", () => {
    expect(
      siteDomain({ siteUrl: 'https://referrals.example.org/' }, { certificateArn: CERTIFICATE }),
    ).toEqual({
      name: 'referrals.example.org',
      certificateArn: CERTIFICATE,
    });
  });

  it('stops a deployment whose emails would link to an address it does not serve', () => {
    expect(() => siteDomain({ siteUrl: 'https://referrals.example.org' }, {})).toThrow(/certificateArn/);
    expect(() =>
      siteDomain({ siteUrl: 'http://referrals.example.org' }, { certificateArn: CERTIFICATE }),
    ).toThrow(/https/);
    expect(() => siteDomain({ siteUrl: 'http://localhost:3000' }, { certificateArn: CERTIFICATE })).toThrow(
      /local/,
    );
  });
});

describe('API origin (deploy.apiOrigin)', () => {
  const ORIGIN = {
    domainName: 'api-origin.referrals.example.org',
    certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/9f8e7d6c-feed-4bee-8cab-123456789abc',
  };
  const site = { siteUrl: 'https://referrals.example.org' };

  it('is required on a real address, so the API cannot be called around CloudFront', () => {
    expect(() => apiOrigin(site, { certificateArn: CERTIFICATE, region: 'eu-west-2' })).toThrow(
      /deploy\.apiOrigin/,
    );
    expect(apiOrigin(site, { certificateArn: CERTIFICATE, region: 'eu-west-2', apiOrigin: ORIGIN })).toEqual(
      ORIGIN,
    );
  });

  it('may be left out by a test deployment on cloudfront.net', () => {
    expect(apiOrigin({ siteUrl: 'http://localhost:3000' }, { region: 'eu-west-2' })).toBeUndefined();
  });

  it("needs its certificate in the service's region, and a name of its own", () => {
    expect(() =>
      apiOrigin(site, {
        certificateArn: CERTIFICATE,
        region: 'eu-west-2',
        apiOrigin: { ...ORIGIN, certificateArn: CERTIFICATE },
      }),
    ).toThrow(/eu-west-2/);
    expect(() =>
      apiOrigin(site, {
        certificateArn: CERTIFICATE,
        region: 'eu-west-2',
        apiOrigin: { ...ORIGIN, domainName: 'referrals.example.org' },
      }),
    ).toThrow(/differ/);
  });

  it('refuses what is not a host name', () => {
    expect(() =>
      parseDeploySettings({ apiOrigin: { ...ORIGIN, domainName: 'https://api.example.org/' } }),
    ).toThrow(/apiOrigin\.domainName/);
  });
});

describe('the built site', () => {
  it('must exist before synth', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    expect(() =>
      addServiceStacks(app, {
        config: parseConfig(rawConfig),
        settings: parseDeploySettings({ siteDir: 'test/infra/fixtures/no-such-site' }),
      }),
    ).toThrow(/No built site at .*no-such-site/);
  });
});
