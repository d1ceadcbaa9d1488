import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeploySettings } from '../../../infra/deploy-settings.ts';
import { fromRoot } from '../../../infra/paths.ts';

/** cdk.json's "deploy" as a council's production deployment has it: own certificate and API origin. */
const PRODUCTION_FILE = {
  ...JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context.deploy,
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-feed-4bee-8cab-123456789abc',
  apiOrigin: {
    domainName: 'api-origin.referrals.northfield.example.org',
    certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/9f8e7d6c-feed-4bee-8cab-123456789abc',
  },
  waf: { enabled: true, postRequestsPerFiveMinutes: 50 },
};

describe('a one-off -c deploy=... over cdk.json', () => {
  it("changes only what it names (docs/deploy.md's example keeps the certificate and API origin)", () => {
    const settings = parseDeploySettings('{"waf":{"enabled":false}}', PRODUCTION_FILE);
    expect(settings.waf).toEqual({
      enabled: false,
      apiRequestsPerFiveMinutes: 300,
      postRequestsPerFiveMinutes: 50,
      staffRequestsPerFiveMinutes: 300,
      returnRequestsPerFiveMinutes: 60,
    });
    expect(settings.certificateArn).toBe(PRODUCTION_FILE.certificateArn);
    expect(settings.apiOrigin).toEqual(PRODUCTION_FILE.apiOrigin);
  });

  it('is the file alone when no -c is given (CDK then passes the file value itself)', () => {
    expect(parseDeploySettings(PRODUCTION_FILE, PRODUCTION_FILE)).toEqual(
      parseDeploySettings(PRODUCTION_FILE),
    );
  });

  it('still refuses an unknown key given on the command line', () => {
    expect(() => parseDeploySettings('{"waf":{"enable":false}}', PRODUCTION_FILE)).toThrow(
      'did you mean "enabled"?',
    );
  });
});
