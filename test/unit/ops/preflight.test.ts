import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { fromRoot } from '../../../infra/paths.ts';
import { preflight } from '../../../scripts/preflight/checks.ts';

const fileSettings = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context.deploy;

/** Offline: no DNS answers unless named, and no AWS credentials. */
const offline = (resolving: string[] = []) => ({
  config: sample,
  fileSettings,
  lookup: async (host: string) => {
    if (!resolving.includes(host))
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return { address: '192.0.2.1' };
  },
  hasCredentials: async () => false,
});

describe('npm run preflight', () => {
  it('passes the configuration and says what it could not check without credentials', async () => {
    const findings = await preflight(offline());
    expect(findings[0]).toEqual({
      status: 'ok',
      what: 'config/service.json and the deploy settings are valid.',
    });
    expect(findings.at(-1)).toEqual({
      status: 'unchecked',
      what: expect.stringContaining('No AWS credentials found, so not checked: an existing SES identity'),
    });
    expect(findings.some((f) => f.status === 'fail')).toBe(false);
  });

  it('fails a misspelt key with the key meant, before anything else', async () => {
    const findings = await preflight({ ...offline(), config: { ...sample, workingdays: {} } });
    expect(findings).toEqual([
      {
        status: 'fail',
        what: expect.stringContaining(
          'Unknown key "workingdays" at the top level: did you mean "workingDays"?',
        ),
      },
    ]);
  });

  it('fails a deploy region the privacy notice does not say', async () => {
    const findings = await preflight({ ...offline(), settings: '{"region":"eu-west-1"}' });
    expect(findings[0]?.status).toBe('fail');
    expect(findings[0]?.what).toContain('"privacy.dataRegion" is eu-west-2 but deploy.region is eu-west-1');
  });

  it('fails a Cognito prefix already in use, and says when DNS cannot tell', async () => {
    const settings = '{"staff":{"domainPrefix":"northfield-staff"}}';
    const host = 'northfield-staff.auth.eu-west-2.amazoncognito.com';
    const taken = await preflight({ ...offline([host]), settings });
    expect(taken).toContainEqual({ status: 'fail', what: expect.stringContaining(`${host} is in use`) });
    const unknown = await preflight({ ...offline(), settings });
    expect(unknown).toContainEqual({
      status: 'unchecked',
      what: expect.stringContaining('no DNS answers here'),
    });
    const free = await preflight({ ...offline(['cognito-idp.eu-west-2.amazonaws.com']), settings });
    expect(free).toContainEqual({ status: 'ok', what: `Cognito sign-in domain ${host} is free.` });
  });

  it('says how to check the site certificate, which it cannot', async () => {
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-feed-4bee-8cab-123456789abc';
    const findings = await preflight({ ...offline(), settings: JSON.stringify({ certificateArn: arn }) });
    expect(findings).toContainEqual({
      status: 'unchecked',
      what: expect.stringContaining(
        `aws acm describe-certificate --certificate-arn ${arn} --region us-east-1`,
      ),
    });
  });
});
